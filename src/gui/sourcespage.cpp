#include "gui/sourcespage.h"

#include "app/secretstore.h"
#include "gui/sourcedialog.h"
#include "gui/sourcelistmodel.h"
#include "ui_sourcespage.h"

#include <QHeaderView>
#include <QStyle>

namespace Bandwatch {

SourcesPage::SourcesPage(const QString &configPath, QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::SourcesPage>())
    , m_configPath(configPath)
    , m_model(new SourceListModel(this))
{
    m_ui->setupUi(this);
    m_ui->sourceTable->setModel(m_model);
    QHeaderView *header = m_ui->sourceTable->horizontalHeader();
    header->setSectionResizeMode(SourceListModel::EnabledColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::IdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::IntervalColumn, QHeaderView::ResizeToContents);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SourcesPage::addSource);
    connect(m_ui->editButton, &QPushButton::clicked, this, &SourcesPage::editSource);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SourcesPage::removeSource);
    connect(m_ui->toggleButton, &QPushButton::clicked, this, &SourcesPage::toggleSource);
    connect(m_ui->sourceTable, &QAbstractItemView::doubleClicked, this, &SourcesPage::editSource);
    connect(m_ui->sourceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesPage::updateButtons);
    connect(m_model, &SourceListModel::modified, this, &SourcesPage::changed);
    connect(m_model, &SourceListModel::modified, this, &SourcesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesPage::updateButtons);
}

SourcesPage::~SourcesPage() = default;

QString SourcesPage::title() const
{
    return tr("Sources");
}

QIcon SourcesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-wired"), style()->standardIcon(QStyle::SP_DriveNetIcon));
}

void SourcesPage::load(const ConfigEditor &editor)
{
    m_model->load(editor);
    if (m_model->rowCount() > 0)
        m_ui->sourceTable->setCurrentIndex(m_model->index(0, SourceListModel::IdColumn));
}

bool SourcesPage::apply(ConfigEditor &editor, QString *error)
{
    return m_model->apply(editor, SecretStore(m_configPath), error);
}

int SourcesPage::currentRow() const
{
    const QModelIndex current = m_ui->sourceTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SourcesPage::updateButtons()
{
    const int row = currentRow();
    m_ui->editButton->setEnabled(row >= 0);
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->toggleButton->setEnabled(row >= 0);
    m_ui->toggleButton->setText(row >= 0 && !m_model->isEnabled(row) ? tr("&Enable") : tr("&Disable"));
}

void SourcesPage::addSource()
{
    SourceDialog dialog(m_configPath, this);
    dialog.setObjectName(QStringLiteral("sourceDialog"));
    dialog.setOtherIds(m_model->ids());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_model->addEntry(dialog.entry(), dialog.secrets());
    m_ui->sourceTable->setCurrentIndex(m_model->index(row, SourceListModel::IdColumn));
}

void SourcesPage::editSource()
{
    const int row = currentRow();
    if (row < 0)
        return;
    SourceDialog dialog(m_configPath, this);
    dialog.setObjectName(QStringLiteral("sourceDialog"));
    dialog.setEntry(m_model->entry(row), m_model->secrets(row));
    dialog.setOtherIds(m_model->ids(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->setEntry(row, dialog.entry(), dialog.secrets());
}

void SourcesPage::removeSource()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeEntry(row);
    updateButtons();
}

void SourcesPage::toggleSource()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->setEnabled(row, !m_model->isEnabled(row));
}

} // namespace Bandwatch
