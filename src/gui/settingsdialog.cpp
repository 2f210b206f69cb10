#include "gui/settingsdialog.h"

#include "gui/exporterpage.h"
#include "gui/notificationspage.h"
#include "gui/quotaspage.h"
#include "gui/settingspage.h"
#include "gui/sourcespage.h"
#include "ui_settingsdialog.h"

#include <QPushButton>
#include <QSettings>

namespace Bandwatch {

namespace {

const QString kGeometryKey = QStringLiteral("SettingsDialog/geometry");
const QString kPageKey = QStringLiteral("SettingsDialog/page");

} // namespace

SettingsDialog::SettingsDialog(const QString &configPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_configPath(configPath)
{
    m_ui->setupUi(this);
    QFont heading = m_ui->pageTitle->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    m_ui->pageTitle->setFont(heading);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_ui->pageStack->setCurrentIndex(row);
        m_ui->pageTitle->setText(m_pages.at(row)->title());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, &SettingsDialog::onButton);

    QString error;
    m_loaded = m_editor.load(configPath, &error);
    if (!m_loaded)
        showErrors({ error });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_loaded);
    setModified(false);

    addPage(new SourcesPage(configPath, this));
    // --- Pages of the other settings editors (issue #7):
    addPage(new QuotasPage(this));
    addPage(new NotificationsPage(this));
    addPage(new ExporterPage(this));
    // ---

    const QSettings settings;
    if (const QByteArray g = settings.value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    setCurrentPage(qBound(0, settings.value(kPageKey, 0).toInt(), int(m_pages.size()) - 1));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage *page)
{
    page->setParent(this);
    m_pages.append(page);
    m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_ui->pageList);
    item->setSizeHint(QSize(150, 32));
    if (m_loaded)
        page->load(m_editor);
    page->setEnabled(m_loaded);
    connect(page, &SettingsPage::changed, this, [this] { setModified(true); });
    if (m_pages.size() == 1)
        setCurrentPage(0);
}

int SettingsDialog::pageCount() const
{
    return int(m_pages.size());
}

SettingsPage *SettingsDialog::page(int index) const
{
    return m_pages.value(index);
}

void SettingsDialog::setCurrentPage(int index)
{
    m_ui->pageList->setCurrentRow(index);
}

int SettingsDialog::currentPage() const
{
    return m_ui->pageList->currentRow();
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool SettingsDialog::applyChanges()
{
    if (!m_loaded)
        return false;
    // Pages write into a copy, so a refused Apply can be corrected and tried
    // again without the first attempt's edits already in the editor.
    ConfigEditor work = m_editor;
    for (SettingsPage *page : std::as_const(m_pages)) {
        QString error;
        if (!page->apply(work, &error)) {
            showErrors({ tr("%1: %2").arg(page->title(), error) });
            return false;
        }
    }
    if (!work.isModified()) {
        showErrors({});
        setModified(false);
        return true;
    }
    QStringList errors;
    if (!work.save(&errors)) {
        showErrors(errors);
        return false;
    }
    showErrors({});
    for (SettingsPage *page : std::as_const(m_pages))
        page->saved();
    reload();
    Q_EMIT saved();
    return true;
}

void SettingsDialog::reload()
{
    QString error;
    m_loaded = m_editor.load(m_configPath, &error);
    if (!m_loaded) {
        showErrors({ error });
        return;
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(m_editor);
    setModified(false);
}

void SettingsDialog::showErrors(const QStringList &errors)
{
    m_ui->errorLabel->setVisible(!errors.isEmpty());
    m_ui->errorLabel->setText(errors.isEmpty() ? QString() : tr("Not saved:") + u'\n' + errors.join(u'\n'));
}

void SettingsDialog::setModified(bool modified)
{
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(m_loaded && modified);
}

void SettingsDialog::onButton(QAbstractButton *button)
{
    switch (m_ui->buttonBox->standardButton(button)) {
    case QDialogButtonBox::Ok:
        accept();
        break;
    case QDialogButtonBox::Apply:
        applyChanges();
        break;
    case QDialogButtonBox::Cancel:
        reject();
        break;
    default:
        break;
    }
}

void SettingsDialog::accept()
{
    if (applyChanges())
        QDialog::accept();
}

void SettingsDialog::done(int result)
{
    // UI state only: the configuration itself lives in the file.
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kPageKey, currentPage());
    QDialog::done(result);
}

} // namespace Bandwatch
