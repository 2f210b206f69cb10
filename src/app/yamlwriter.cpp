#include "app/yamlwriter.h"

#include <QRegularExpression>

namespace Bandwatch {

namespace {

constexpr int kMaxLine = 100;

QString pad(int n)
{
    return QString(n, QLatin1Char(' '));
}

bool allScalars(const ConfigNode &node)
{
    const auto scalarish = [](const ConfigNode &n) {
        return n.isScalar() || n.isNull();
    };
    if (node.isList())
        return std::all_of(node.items.cbegin(), node.items.cend(), scalarish);
    if (node.isMap())
        return std::all_of(node.entries.cbegin(), node.entries.cend(),
                           [&](const auto &e) { return scalarish(e.second); });
    return true;
}

} // namespace

QString YamlWriter::scalar(const QString &value, bool inFlow)
{
    // Plain only when nothing in it means something to YAML: no indicator at
    // the start, no ": " or " #", no flow punctuation inside [..] or {..}.
    static const QRegularExpression plainBlock(QStringLiteral("^[A-Za-z0-9_./(][A-Za-z0-9_./()+=~ :$@-]*$"));
    static const QRegularExpression plainFlow(QStringLiteral("^[A-Za-z0-9_./(][A-Za-z0-9_./()+=~ $@-]*$"));
    const bool plain = !value.isEmpty() && (inFlow ? plainFlow : plainBlock).match(value).hasMatch()
        && !value.endsWith(QLatin1Char(' ')) && !value.endsWith(QLatin1Char(':'))
        && !value.contains(QLatin1String(": ")) && value != u"~"
        && value.compare(u"null", Qt::CaseInsensitive) != 0 && !value.contains(QLatin1String("${"));
    if (plain)
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString YamlWriter::flow(const ConfigNode &value)
{
    switch (value.kind) {
    case ConfigNode::Kind::Null:
        return QStringLiteral("null");
    case ConfigNode::Kind::Scalar:
        return scalar(value.scalar, true);
    case ConfigNode::Kind::List: {
        QStringList parts;
        for (const ConfigNode &item : value.items)
            parts << flow(item);
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case ConfigNode::Kind::Map: {
        QStringList parts;
        for (const auto &[k, v] : value.entries)
            parts << scalar(k, true) + QLatin1String(": ") + flow(v);
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

bool YamlWriter::fitsInline(const ConfigNode &value, int indent, qsizetype keyLength)
{
    if (value.isList() && value.items.isEmpty())
        return true;
    if (value.isMap() && value.entries.isEmpty())
        return true;
    // A new top-level section reads better as a block.
    if (indent == 0 && value.isMap() && !value.flow)
        return false;
    // What the user wrote inline stays inline while it fits on a line.
    if (!value.flow && (!allScalars(value) || (value.isMap() && value.entries.size() > 4)))
        return false;
    return indent + keyLength + 2 + flow(value).size() <= kMaxLine;
}

QString YamlWriter::entry(const QString &key, const ConfigNode &value, int indent)
{
    const QString head = pad(indent) + scalar(key) + QLatin1Char(':');
    switch (value.kind) {
    case ConfigNode::Kind::Null:
        return head + QLatin1Char('\n');
    case ConfigNode::Kind::Scalar:
        return head + QLatin1Char(' ') + scalar(value.scalar) + QLatin1Char('\n');
    case ConfigNode::Kind::List: {
        if (fitsInline(value, indent, key.size()))
            return head + QLatin1Char(' ') + flow(value) + QLatin1Char('\n');
        QString out = head + QLatin1Char('\n');
        for (const ConfigNode &item : value.items)
            out += listItem(item, indent + 2);
        return out;
    }
    case ConfigNode::Kind::Map:
        if (fitsInline(value, indent, key.size()))
            return head + QLatin1Char(' ') + flow(value) + QLatin1Char('\n');
        return head + QLatin1Char('\n') + mapBody(value, indent + 2);
    }
    return {};
}

QString YamlWriter::mapBody(const ConfigNode &map, int indent)
{
    QString out;
    for (const auto &[k, v] : map.entries)
        out += entry(k, v, indent);
    return out;
}

QString YamlWriter::listItem(const ConfigNode &value, int indent)
{
    const QString dash = pad(indent) + QLatin1String("- ");
    if (value.isMap() && !value.entries.isEmpty()) {
        // The first key goes on the dash's line, the others line up under it.
        QString body = mapBody(value, indent + 2);
        return dash + body.mid(indent + 2);
    }
    if (value.isScalar())
        return dash + scalar(value.scalar) + QLatin1Char('\n');
    return dash + flow(value) + QLatin1Char('\n');
}

} // namespace Bandwatch
