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
