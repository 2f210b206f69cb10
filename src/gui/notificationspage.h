#pragma once

#include "core/confignode.h"
#include "gui/settingspage.h"

#include <memory>

namespace Ui {
class NotificationsPage;
}

namespace Bandwatch {

class TestMail;
struct SmtpSettings;

// `notifications.email` and `notifications.webhook`. A password typed here is
// written to a file only its owner can read (SecretFile) and the
// configuration names that file (`password_file:`); the YAML never holds it.
// "Send test mail" sends one real message with the form as it stands, through
// the same SMTP code alerts use.
class NotificationsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit NotificationsPage(QWidget *parent = nullptr);
    ~NotificationsPage() override;

    QString title() const override;
    QIcon icon() const override;
    void load(const ConfigEditor &editor) override;
    bool apply(ConfigEditor &editor, QString *error) override;

    // Sends the test message; the result appears under the button.
    void sendTestMail();
    QString testResult() const;
    bool isTestRunning() const;

private:
    // The entries as the form says; a typed password is inline here (for
    // validation and the test mail) and moved to a file by apply().
    ConfigNode emailNode() const;
    ConfigNode webhookNode() const;
    // NotificationConfig's verdict on the form, with ${ENV} expanded as the loader would.
    bool check(const ConfigNode &email, const ConfigNode &webhook, QStringList *errors,
               SmtpSettings *smtp) const;
    void updateTlsWarning();
    void showTestResult(bool ok, const QString &message);
    void emitChanged();

    std::unique_ptr<Ui::NotificationsPage> m_ui;
    TestMail *m_testMail = nullptr;
    ConfigNode m_email; // as in the file, unexpanded
    ConfigNode m_webhook; // as in the file, unexpanded
    QString m_configPath;
    bool m_loading = false;
};

} // namespace Bandwatch
