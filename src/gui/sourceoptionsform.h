#pragma once

#include "core/confignode.h"
#include "gui/sourcefields.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Bandwatch {

// The type-specific part of the source dialog, generated from SourceFields.
// It edits a copy of the entry's raw ConfigNode and writes back only the
// options whose fields were changed, so untouched values keep their ${ENV}
// references, quoting and flow style, and keys it does not know survive.
class SourceOptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SourceOptionsForm(QWidget *parent = nullptr);

    // Rebuilds the form for `type`, filled from `entry`. `pendingSecrets` are
    // secrets typed earlier in this session and not saved yet (key -> value).
    void setType(const QString &type, const ConfigNode &entry, const QHash<QString, QString> &pendingSecrets);
    QString type() const { return m_type; }

    // Writes the changed fields into `entry`; secrets typed in the form go to
    // `secrets` (key -> value) instead, for the caller to store in files.
    void write(ConfigNode *entry, QHash<QString, QString> *secrets) const;

    // Shows `message` under the field of `key` (or its `_file`/`_keychain` form); false
    // when the form has no such field.
    bool showError(const QString &key, const QString &message);
    void clearErrors();
    // The key among this form's fields that `message` names, or empty.
    QString keyMentionedIn(const QString &message) const;

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        SourceField field;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        QString initial; // the field's text as loaded, to tell a change from a no-op
    };
    QWidget *makeEditor(const SourceField &field, const ConfigNode *value, const QString &pending, Row *row);
    static QString currentText(const Row &row);
    static QString secretStatus(const ConfigNode &entry, const SourceField &field, bool pending);

    QFormLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QString m_type;
    QList<Row> m_rows;
};

} // namespace Bandwatch
