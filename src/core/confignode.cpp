#include "core/confignode.h"

#include <QCoreApplication>

namespace Bandwatch {

const ConfigNode *ConfigNode::child(QStringView key) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (const auto &[k, v] : entries)
        if (k == key)
            return &v;
    return nullptr;
}

ConfigNode *ConfigNode::child(QStringView key)
{
    if (kind != Kind::Map)
        return nullptr;
    for (auto &[k, v] : entries)
        if (k == key)
            return &v;
    return nullptr;
}

ConfigNode ConfigNode::fromScalar(const QString &value)
{
    ConfigNode n;
    n.kind = Kind::Scalar;
    n.scalar = value;
    return n;
}

ConfigNode ConfigNode::fromList(const QStringList &values)
{
    ConfigNode n;
    n.kind = Kind::List;
    for (const QString &v : values)
        n.items << fromScalar(v);
    return n;
}

ConfigNode &ConfigNode::set(const QString &key, const ConfigNode &value)
{
    if (kind != Kind::Map) {
        *this = ConfigNode();
        kind = Kind::Map;
    }
    if (ConfigNode *c = child(key)) {
        *c = value;
        return *c;
    }
    entries.append({ key, value });
    return entries.last().second;
}

bool ConfigNode::remove(QStringView key)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].first == key) {
            entries.removeAt(i);
            return true;
        }
    }
    return false;
}

QString ConfigNode::text(QStringView key, const QString &fallback) const
{
    const ConfigNode *c = child(key);
    return c && c->isScalar() ? c->scalar : fallback;
}

int ConfigNode::lineOf(QStringView key) const
{
    const ConfigNode *c = child(key);
    return c ? c->line : line;
}

QVariant ConfigNode::toVariant() const
{
    switch (kind) {
    case Kind::Null:
        return {};
    case Kind::Scalar:
        return scalar;
    case Kind::List: {
        QVariantList list;
        for (const auto &i : items)
            list << i.toVariant();
        return list;
    }
    case Kind::Map: {
        QVariantMap map;
        for (const auto &[k, v] : entries)
            map.insert(k, v.toVariant());
        return map;
    }
    }
    return {};
}

QString ConfigNode::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return QCoreApplication::translate("ConfigNode", "nothing");
    case Kind::Scalar:
        return QCoreApplication::translate("ConfigNode", "a single value");
    case Kind::List:
        return QCoreApplication::translate("ConfigNode", "a list");
    case Kind::Map:
        return QCoreApplication::translate("ConfigNode", "a mapping");
    }
    return {};
}

} // namespace Bandwatch
