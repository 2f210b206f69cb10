#pragma once

#include "app/configloader.h"
#include "core/confignode.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Bandwatch {

// Edits the YAML configuration file the way a careful person would by hand:
// only the entries that change are rewritten, everything else (comments,
// order, formatting, ${ENV} references) stays as the user wrote it. Values are
// the raw text of the file, never the expanded environment, so saving cannot
// write a secret from the environment into the file.
//
// Paths name map keys from the root ({"notifications", "email"}); list
// sections are addressed by the path of the list and an index.
class ConfigEditor
{
public:
    ConfigEditor() = default;

    bool load(const QString &path, QString *error);
    // An editor over text that is not (yet) a file; save() then needs a path.
    bool setText(const QByteArray &text, const QString &fileName, QString *error);

    QString fileName() const { return m_fileName; }
    QByteArray text() const { return m_text; }
    const ConfigNode &document() const { return m_document; }
    bool isModified() const { return m_modified; }

    // The node at `path`, or nullptr.
    const ConfigNode *node(const QStringList &path) const;
    // Items of the list at `path` (0 if absent).
    int count(const QStringList &listPath) const;
    // Index of the map item whose `key` is `value` in the list at `path`, or -1.
    int indexOf(const QStringList &listPath, const QString &key, const QString &value) const;

    bool setValue(const QStringList &path, const ConfigNode &value, QString *error);
    bool removeValue(const QStringList &path, QString *error);
    bool setItem(const QStringList &listPath, int index, const ConfigNode &value, QString *error);
    bool appendItem(const QStringList &listPath, const ConfigNode &value, QString *error);
    bool removeItem(const QStringList &listPath, int index, QString *error);

    // What ConfigLoader makes of the current text (environment expanded).
    ConfigLoader::Result validate() const;
    // Validates, then replaces the file atomically (owner-only permissions,
    // the previous version kept as <file>.bak). Refuses when the file changed
    // on disk since it was loaded, so two editors never overwrite each other.
    bool save(QStringList *errors);

private:
    struct Span
    {
        int first = 0; // 0-based line index
        int end = 0; // one past the last line
    };
    bool reparse(QString *error);
    struct Edit
    {
        Span span;
        QString text;
    };
    bool replaceLines(Span span, const QString &replacement, QString *error);
    // Splices every edit in (spans of the current text) and reparses; all or nothing.
    bool applyEdits(QList<Edit> edits, QString *error);
    Span entrySpan(const ConfigNode &value) const;
    Span itemSpan(const ConfigNode &list, int index) const;
    int blockEnd(int firstLine, int indent) const;
    int indentOf(int line) const;
    bool isContent(int line) const;
    int childIndent(const ConfigNode &map, int parentIndent) const;
    int keyColumn(int line) const; // where the key starts, after any "- "
    // Rewrites only the keys of a list item that changed; false if the item
    // is not laid out for that (the caller then rewrites it whole).
    bool editItemInPlace(Span item, const ConfigNode &old, const ConfigNode &value, QString *error);

    QString m_fileName;
    QByteArray m_text;
    QStringList m_lines;
    ConfigNode m_document;
    QByteArray m_diskHash; // of the file as loaded, to detect changes by others
    bool m_modified = false;
};

} // namespace Bandwatch
