#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class NewKeyDialog;
}

namespace Bandwatch {

// Shows a freshly generated API key, once: the configuration refers only to
// the file the key was written to, and the settings never display it again.
class NewKeyDialog : public QDialog
{
    Q_OBJECT
public:
    NewKeyDialog(const QString &name, const QByteArray &key, const QString &file, QWidget *parent = nullptr);
    ~NewKeyDialog() override;

    QString key() const;

private:
    void copy();

    std::unique_ptr<Ui::NewKeyDialog> m_ui;
};

} // namespace Bandwatch
