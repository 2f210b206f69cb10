#include "gui/quotaspage.h"

#include "app/configeditor.h"
#include "app/yamlwriter.h"
#include "gui/quotadialog.h"
#include "gui/quotalistmodel.h"
#include "ui_quotaspage.h"

#include <QHeaderView>
#include <QStyle>
#include <algorithm>

namespace Bandwatch {

namespace {

const QStringList kQuotasPath { QStringLiteral("quotas") };

} // namespace

QuotasPage::QuotasPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::QuotasPage>())
    , m_model(new QuotaListModel(this))
{
    m_ui->setupUi(this);
    m_ui->quotaView->setModel(m_model);
    m_ui->quotaView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->quotaView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addButton, &QPushButton::clicked, this, &QuotasPage::addQuota);
    connect(m_ui->editButton, &QPushButton::clicked, this, &QuotasPage::editQuota);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &QuotasPage::removeQuota);
    connect(m_ui->quotaView, &QAbstractItemView::doubleClicked, this, &QuotasPage::editQuota);
    connect(m_ui->quotaView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuotasPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuotasPage::updateButtons);
    updateButtons();
}

QuotasPage::~QuotasPage() = default;

QString QuotasPage::title() const
{
    return tr("Quotas");
}

QIcon QuotasPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void QuotasPage::load(const ConfigEditor &editor)
{
    m_sources.clear();
    if (const ConfigNode *sources = editor.node({ QStringLiteral("sources") }); sources && sources->isList())
        for (const ConfigNode &s : sources->items)
            if (!s.text(u"id").isEmpty())
                m_sources << s.text(u"id");
    const ConfigNode *quotas = editor.node(kQuotasPath);
    m_model->setQuotas(quotas && quotas->isList() ? quotas->items : QList<ConfigNode>());
    m_ui->quotaView->resizeColumnsToContents();
}

bool QuotasPage::apply(ConfigEditor &editor, QString *error)
{
    // Rewrites and additions first, while the file's indices are still
    // valid; removals last, from the end. (Removing the only quota before
    // adding one would rewrite the whole list and lose its comments.)
    for (const QuotaListModel::Row &row : m_model->rows())
        if (row.origin >= 0 && row.modified && !editor.setItem(kQuotasPath, row.origin, row.node, error))
            return false;
    for (const QuotaListModel::Row &row : m_model->rows())
        if (row.origin < 0 && !editor.appendItem(kQuotasPath, row.node, error))
            return false;
    QList<int> removed = m_model->removedOrigins();
    std::sort(removed.begin(), removed.end(), std::greater<int>());
    for (int origin : std::as_const(removed))
        if (!editor.removeItem(kQuotasPath, origin, error))
            return false;
    load(editor); // the rows now match the file again
    return true;
}

int QuotasPage::currentRow() const
{
    const QModelIndexList rows = m_ui->quotaView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void QuotasPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
}

void QuotasPage::addQuota()
{
    QuotaDialog dialog(this);
    dialog.setSources(m_sources);
    dialog.setTakenIds(m_model->ids());
    dialog.setQuota(ConfigNode());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->addQuota(dialog.quota());
    m_ui->quotaView->selectRow(m_model->rowCount() - 1);
    Q_EMIT changed();
}

void QuotasPage::editQuota()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QuotaDialog dialog(this);
    dialog.setSources(m_sources);
    dialog.setTakenIds(m_model->ids(row));
    dialog.setQuota(m_model->quota(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // OK without a change must not rewrite the entry (and drop its comments).
    const ConfigNode edited = dialog.quota();
    if (YamlWriter::listItem(edited, 0) == YamlWriter::listItem(m_model->quota(row), 0))
        return;
    m_model->setQuota(row, edited);
    Q_EMIT changed();
}

void QuotasPage::removeQuota()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeQuota(row);
    updateButtons();
    Q_EMIT changed();
}

} // namespace Bandwatch
