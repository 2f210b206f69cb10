#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <utility>

namespace Bandwatch {

// A parsed configuration document with the line of every value, independent
// of the YAML library so that each part (sources, quotas, exporter) can read
// its own section and report "line N: ..." without linking a YAML parser.
class ConfigNode
{
public:
    enum class Kind { Null, Scalar, List, Map };

    Kind kind = Kind::Null;
    QString scalar;
    bool expanded = false; // the scalar came (partly) from ${ENV} expansion
    QList<ConfigNode> items; // Kind::List
    QList<std::pair<QString, ConfigNode>> entries; // Kind::Map, in file order
    int line = 0; // 1-based, 0 if unknown
    int keyLine = 0; // 1-based line of this value's key in its parent map, 0 for list items and the root
    int column = 0; // 0-based column where the value starts (list items: after "- ")
    bool flow = false; // written in flow style ([a, b] or {k: v})

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isList() const { return kind == Kind::List; }
    bool isMap() const { return kind == Kind::Map; }

    const ConfigNode *child(QStringView key) const; // nullptr if absent or not a map
    bool has(QStringView key) const { return child(key) != nullptr; }
    QString text(QStringView key, const QString &fallback = {}) const;
    int lineOf(QStringView key) const; // line of the key's value, or this node's line

    // Scalars as QString, lists as QVariantList, maps as QVariantMap.
    QVariant toVariant() const;
    QString kindName() const;

    // Builders, for code that writes configuration (the GUI's editors).
    static ConfigNode fromScalar(const QString &value);
    static ConfigNode fromList(const QStringList &values);
    ConfigNode *child(QStringView key); // nullptr if absent or not a map
    // Sets or adds `key` (this becomes a map if it was null); keeps file order.
    ConfigNode &set(const QString &key, const ConfigNode &value);
    ConfigNode &set(const QString &key, const QString &value) { return set(key, fromScalar(value)); }
    bool remove(QStringView key);
};

// A problem in a configuration file, tied to a line.
struct ConfigError
{
    int line = 0;
    QString message;
};

} // namespace Bandwatch
