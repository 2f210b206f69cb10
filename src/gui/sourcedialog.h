#pragma once

#include "app/sourcecandidate.h"
#include "core/confignode.h"

#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class SourceDialog;
}

namespace Bandwatch {

class SourceProbe;

// Adds or edits one entry of `sources:`: the keys every source has, a form
// for the options of its type, and a Test that polls the source as the form
// describes it. OK is refused while ConfigLoader would refuse the entry; the
// problems are shown under the fields they concern.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(const QString &configPath, QWidget *parent = nullptr);
    ~SourceDialog() override;

    // `entry` is the raw node from the file (null for a new source);
    // `pendingSecrets` are secrets typed earlier and not saved yet.
    void setEntry(const ConfigNode &entry, const QHash<QString, QString> &pendingSecrets = {});
    // Ids of the other sources, which this one must not reuse.
    void setOtherIds(const QStringList &ids) { m_otherIds = ids; }

    // The edited entry (secrets not in it) and the secrets typed (key -> value).
    ConfigNode entry() const;
    QHash<QString, QString> secrets() const;

    // Checks the form; shows the problems and returns false if there are any.
    bool validate();
    SourceProbe *probe() const { return m_probe; }

    void accept() override;

private:
    void onTypeChanged();
    void updateOtherKeys();
    ConfigNode candidate() const; // entry() with the typed secrets inline, never saved
    void showIssues(const QList<SourceCandidate::Issue> &issues);
    void clearIssues();
    void startTest();
    void stopTest();
    void onTestFinished(bool ok);

    std::unique_ptr<Ui::SourceDialog> m_ui;
    QString m_configPath;
    ConfigNode m_original;
    QHash<QString, QString> m_pending;
    QStringList m_otherIds;
    SourceProbe *m_probe = nullptr;
};

} // namespace Bandwatch
