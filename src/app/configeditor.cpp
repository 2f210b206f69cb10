#include "app/configeditor.h"

#include "app/yamldocument.h"
#include "app/yamlwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <algorithm>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigEditor", text);
}

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Reads `path`; a missing file is empty, not an error.
bool readFile(const QString &path, QByteArray *bytes, bool *exists, QString *error)
{
    QFile f(path);
    *exists = f.exists();
    bytes->clear();
    if (!*exists)
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    // Set before the rename, so the file is never readable by others, not even briefly.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ConfigEditor::load(const QString &path, QString *error)
{
    QByteArray bytes;
    bool exists = false;
    if (!readFile(path, &bytes, &exists, error))
        return false;
    if (!setText(bytes, path, error))
        return false;
    m_diskHash = exists ? hashOf(bytes) : QByteArray();
    return true;
}

bool ConfigEditor::setText(const QByteArray &text, const QString &fileName, QString *error)
{
    const QStringList oldLines = m_lines;
    const QByteArray oldText = m_text;
    m_fileName = fileName;
    m_text = text;
    m_lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!m_lines.isEmpty() && m_lines.last().isEmpty())
        m_lines.removeLast();
    for (QString &line : m_lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (!reparse(error)) {
        m_lines = oldLines;
        m_text = oldText;
        return false;
    }
    m_modified = false;
    return true;
}

bool ConfigEditor::reparse(QString *error)
{
    QByteArray text = m_lines.join(QLatin1Char('\n')).toUtf8();
    if (!m_lines.isEmpty())
        text += '\n';
    ConfigError e;
    std::optional<ConfigNode> doc = YamlDocument::parse(text, &e);
    if (!doc) {
        if (error)
            *error = e.line > 0 ? QStringLiteral("%1:%2: %3").arg(m_fileName).arg(e.line).arg(e.message)
                                : e.message;
        return false;
    }
    if (!doc->isMap() && !doc->isNull()) {
        if (error)
            *error = tr("%1: the configuration must be a mapping of sections (storage:, sources:, ...)")
                         .arg(m_fileName);
        return false;
    }
    m_text = text;
    m_document = *doc;
    return true;
}

const ConfigNode *ConfigEditor::node(const QStringList &path) const
{
    const ConfigNode *n = &m_document;
    for (const QString &key : path) {
        n = n->child(key);
        if (!n)
            return nullptr;
    }
    return n;
}

int ConfigEditor::count(const QStringList &listPath) const
{
    const ConfigNode *list = node(listPath);
    return list && list->isList() ? int(list->items.size()) : 0;
}

int ConfigEditor::indexOf(const QStringList &listPath, const QString &key, const QString &value) const
{
    const ConfigNode *list = node(listPath);
    if (!list || !list->isList())
        return -1;
    for (int i = 0; i < list->items.size(); ++i) {
        if (list->items[i].text(key) == value)
            return i;
    }
    return -1;
}

int ConfigEditor::indentOf(int line) const
{
    const QString &l = m_lines.at(line);
    int n = 0;
    while (n < l.size() && l[n] == QLatin1Char(' '))
        ++n;
    return n;
}

bool ConfigEditor::isContent(int line) const
{
    const QString t = m_lines.at(line).trimmed();
    return !t.isEmpty() && !t.startsWith(QLatin1Char('#'));
}

int ConfigEditor::blockEnd(int firstLine, int indent) const
{
    int i = firstLine + 1;
    for (; i < m_lines.size(); ++i) {
        if (!isContent(i))
            continue;
        const int ind = indentOf(i);
        if (ind < indent)
            break;
        // "key:\n- item" (a list at the key's own indentation) belongs to the key.
        if (ind == indent && !m_lines.at(i).mid(ind).startsWith(QLatin1Char('-')))
            break;
        if (ind == indent && m_lines.at(firstLine).mid(indent).startsWith(QLatin1Char('-')))
            break; // the next item of the same list
    }
    // Comments and blank lines after the block stay where they are: they
    // usually introduce what follows (or are commented-out examples).
    int last = i - 1;
    while (last > firstLine && !isContent(last))
        --last;
    return last + 1;
}

ConfigEditor::Span ConfigEditor::entrySpan(const ConfigNode &value) const
{
    const int first = value.keyLine - 1;
    return { first, blockEnd(first, indentOf(first)) };
}

ConfigEditor::Span ConfigEditor::itemSpan(const ConfigNode &list, int index) const
{
    int first = list.items.at(index).line - 1;
    // "-\n  key: v": the item's own line is below its dash.
    while (first > 0 && !m_lines.at(first).trimmed().startsWith(QLatin1Char('-')))
        --first;
    return { first, blockEnd(first, indentOf(first)) };
}

int ConfigEditor::childIndent(const ConfigNode &map, int parentIndent) const
{
    if (map.isMap() && !map.entries.isEmpty() && map.entries.first().second.keyLine > 0)
        return indentOf(map.entries.first().second.keyLine - 1);
    return parentIndent + 2;
}

bool ConfigEditor::replaceLines(Span span, const QString &replacement, QString *error)
{
    return applyEdits({ { span, replacement } }, error);
}

bool ConfigEditor::applyEdits(QList<Edit> edits, QString *error)
{
    // Bottom up, so the spans above stay valid.
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.span.first > b.span.first; });
    const QStringList oldLines = m_lines;
    for (const Edit &e : std::as_const(edits)) {
        QStringList lines = e.text.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        m_lines.remove(e.span.first, e.span.end - e.span.first);
        for (qsizetype i = 0; i < lines.size(); ++i)
            m_lines.insert(e.span.first + i, lines.at(i));
    }
    if (!reparse(error)) {
        m_lines = oldLines;
        reparse(nullptr);
        return false;
    }
    m_modified = true;
    return true;
}

bool ConfigEditor::setValue(const QStringList &path, const ConfigNode &value, QString *error)
{
    Q_ASSERT(!path.isEmpty());
    // The new tree, to take whole subtrees from when an entry is rewritten.
    ConfigNode wanted = m_document;
    {
        ConfigNode *n = &wanted;
        for (qsizetype i = 0; i + 1 < path.size(); ++i) {
            ConfigNode *c = n->child(path[i]);
            if (!c || !c->isMap())
                c = &n->set(path[i], ConfigNode());
            n = c;
        }
        n->set(path.last(), value);
    }
    // Descend through block maps that exist; rewrite the first entry that
    // is new, not a block map, or the target itself.
    const ConfigNode *parent = &m_document;
    const ConfigNode *wantedParent = &wanted;
    int parentIndent = -2;
    int parentEnd = int(m_lines.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const ConfigNode *existing = parent->child(path[i]);
        const ConfigNode *replacement = wantedParent->child(path[i]);
        if (!existing || existing->keyLine <= 0) {
            const int indent = parent == &m_document ? 0 : childIndent(*parent, parentIndent);
            QString text = YamlWriter::entry(path[i], *replacement, indent);
            // A new top-level section is set apart from the one before it.
            if (parent == &m_document && parentEnd > 0)
                text.prepend(QLatin1Char('\n'));
            return replaceLines({ parentEnd, parentEnd }, text, error);
        }
        const Span span = entrySpan(*existing);
        const int indent = indentOf(span.first);
        if (i + 1 == path.size() || !existing->isMap() || existing->flow)
            return replaceLines(span, YamlWriter::entry(path[i], *replacement, indent), error);
        parent = existing;
        wantedParent = replacement;
        parentIndent = indent;
        parentEnd = span.end;
    }
    return true;
}

bool ConfigEditor::removeValue(const QStringList &path, QString *error)
{
    const ConfigNode *n = node(path);
    if (!n)
        return true;
    QStringList parentPath = path;
    parentPath.removeLast();
    const ConfigNode *parent = node(parentPath);
    if (parent && parent->flow) { // "{a: 1, b: 2}": rewrite the parent
        ConfigNode copy = *parent;
        copy.remove(path.last());
        return setValue(parentPath, copy, error);
    }
    if (n->keyLine <= 0) {
        if (error)
            *error = tr("cannot locate %1 in the file").arg(path.join(QLatin1Char('.')));
        return false;
    }
    return replaceLines(entrySpan(*n), QString(), error);
}

bool ConfigEditor::setItem(const QStringList &listPath, int index, const ConfigNode &value, QString *error)
{
    const ConfigNode *list = node(listPath);
    if (!list || !list->isList() || index < 0 || index >= list->items.size()) {
        if (error)
            *error = tr("no item %1 in %2").arg(index).arg(listPath.join(QLatin1Char('.')));
        return false;
    }
    if (list->flow) {
        ConfigNode copy = *list;
        copy.items[index] = value;
        return setValue(listPath, copy, error);
    }
    const Span span = itemSpan(*list, index);
    const ConfigNode &old = list->items.at(index);
    if (editItemInPlace(span, old, value, error))
        return true;
    return replaceLines(span, YamlWriter::listItem(value, indentOf(span.first)), error);
}

int ConfigEditor::keyColumn(int line) const
{
    const QString &l = m_lines.at(line);
    int c = indentOf(line);
    if (l.mid(c).startsWith(QLatin1String("- "))) {
        c += 2;
        while (c < l.size() && l[c] == QLatin1Char(' '))
            ++c;
    }
    return c;
}

bool ConfigEditor::editItemInPlace(Span item, const ConfigNode &old, const ConfigNode &value, QString *error)
{
    // Key by key, so comments and formatting of the keys that did not change
    // stay. Only for block maps whose first key (on the dash's line) stays.
    if (!old.isMap() || old.flow || !value.isMap() || old.entries.isEmpty()
        || old.entries.first().second.keyLine != item.first + 1 || !value.has(old.entries.first().first))
        return false;
    const int column = keyColumn(item.first);
    QList<Edit> edits;
    for (const auto &[key, oldValue] : old.entries) {
        const int line = oldValue.keyLine - 1;
        if (line < item.first || line >= item.end || keyColumn(line) != column)
            return false; // not laid out one key per line: rewrite the item
        const Span span { line, blockEnd(line, column) };
        const ConfigNode *newValue = value.child(key);
        if (!newValue) {
            edits.append({ span, QString() });
            continue;
        }
        const QString before = YamlWriter::entry(key, oldValue, column);
        const QString after = YamlWriter::entry(key, *newValue, column);
        if (before == after)
            continue;
        // The first key keeps the "- " in front of it.
        const QString prefix = m_lines.at(line).left(column);
        edits.append({ span, prefix + after.mid(column) });
    }
    QString added;
    for (const auto &[key, newValue] : value.entries) {
        if (!old.has(key))
            added += YamlWriter::entry(key, newValue, column);
    }
    if (!added.isEmpty())
        edits.append({ { item.end, item.end }, added });
    if (edits.isEmpty())
        return true;
    return applyEdits(edits, error);
}

bool ConfigEditor::appendItem(const QStringList &listPath, const ConfigNode &value, QString *error)
{
    const ConfigNode *list = node(listPath);
    if (!list || !list->isList() || list->flow || list->items.isEmpty()) {
        ConfigNode copy = list && list->isList() ? *list : ConfigNode();
        copy.kind = ConfigNode::Kind::List;
        copy.flow = false;
        copy.items << value;
        return setValue(listPath, copy, error);
    }
    const Span last = itemSpan(*list, int(list->items.size()) - 1);
    return replaceLines({ last.end, last.end }, YamlWriter::listItem(value, indentOf(last.first)), error);
}

bool ConfigEditor::removeItem(const QStringList &listPath, int index, QString *error)
{
    const ConfigNode *list = node(listPath);
    if (!list || !list->isList() || index < 0 || index >= list->items.size()) {
        if (error)
            *error = tr("no item %1 in %2").arg(index).arg(listPath.join(QLatin1Char('.')));
        return false;
    }
    if (list->flow || list->items.size() == 1) {
        ConfigNode copy = *list;
        copy.items.removeAt(index);
        return setValue(listPath, copy, error);
    }
    return replaceLines(itemSpan(*list, index), QString(), error);
}

ConfigLoader::Result ConfigEditor::validate() const
{
    return ConfigLoader::parse(m_text, m_fileName);
}

bool ConfigEditor::save(QStringList *errors)
{
    auto fail = [errors](const QString &message) {
        if (errors)
            *errors << message;
        return false;
    };
    if (m_fileName.isEmpty())
        return fail(tr("the configuration has no file name"));
    const ConfigLoader::Result result = validate();
    if (!result.ok()) {
        if (errors)
            *errors << result.errors;
        return false;
    }
    QByteArray onDisk;
    bool exists = false;
    QString error;
    if (!readFile(m_fileName, &onDisk, &exists, &error))
        return fail(error);
    if ((exists ? hashOf(onDisk) : QByteArray()) != m_diskHash)
        return fail(tr("%1 was changed by another program since it was opened; reload it and make the "
                       "change again")
                        .arg(m_fileName));
    if (exists && !writeOwnerOnly(m_fileName + QStringLiteral(".bak"), onDisk, &error))
        return fail(error);
    if (!writeOwnerOnly(m_fileName, m_text, &error))
        return fail(error);
    m_diskHash = hashOf(m_text);
    m_modified = false;
    return true;
}

} // namespace Bandwatch
