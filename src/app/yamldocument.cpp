#include "app/yamldocument.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace Bandwatch {

namespace {

ConfigNode convert(const YAML::Node &node)
{
    ConfigNode out;
    out.line = node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
    out.column = node.Mark().column >= 0 ? node.Mark().column : 0;
    out.flow = node.Style() == YAML::EmitterStyle::Flow;
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out.kind = ConfigNode::Kind::Null;
        break;
    case YAML::NodeType::Scalar:
        out.kind = ConfigNode::Kind::Scalar;
        out.scalar = QString::fromStdString(node.Scalar());
        break;
    case YAML::NodeType::Sequence:
        out.kind = ConfigNode::Kind::List;
        for (const auto &item : node)
            out.items << convert(item);
        break;
    case YAML::NodeType::Map:
        out.kind = ConfigNode::Kind::Map;
        for (const auto &kv : node) {
            ConfigNode value = convert(kv.second);
            // A null value ("key:") has no mark of its own; point at its key.
            if (value.line == 0)
                value.line = kv.first.Mark().line + 1;
            value.keyLine = kv.first.Mark().line + 1;
            out.entries.append({ QString::fromStdString(kv.first.as<std::string>()), value });
        }
        break;
    }
    return out;
}

} // namespace

std::optional<ConfigNode> YamlDocument::parse(const QByteArray &text, ConfigError *error)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        ConfigNode node = convert(root);
        if (node.line == 0)
            node.line = 1;
        return node;
    } catch (const YAML::Exception &e) {
        if (error) {
            error->line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
            error->message = QCoreApplication::translate("YamlDocument", "YAML syntax error: %1")
                                 .arg(QString::fromStdString(e.msg));
        }
        return std::nullopt;
    }
}

} // namespace Bandwatch
