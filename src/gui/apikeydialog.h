#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ApiKeyDialog;
}

namespace Bandwatch {

// Asks for the name and scope of a new exporter API key. The name becomes
// part of the key file's name, so it is kept to letters, digits, '.', '_' and '-'.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiKeyDialog(QWidget *parent = nullptr);
    ~ApiKeyDialog() override;

    void setTakenNames(const QStringList &names);
    QString name() const;
    QString scope() const; // "read" or "write"

private:
    void validate();

    std::unique_ptr<Ui::ApiKeyDialog> m_ui;
    QStringList m_taken;
};

} // namespace Bandwatch
