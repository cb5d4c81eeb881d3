#include "MailTemplate.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace qadesk {

struct MailTemplate::Node
{
    enum class Kind { Text, Value, Section, Inverted };
    Kind kind = Kind::Text;
    QString text; // the text, or the value's name
    QList<Node> children;
};

namespace {

using Node = MailTemplate::Node;

QJsonValue lookup(const QList<QJsonValue> &stack, const QString &name)
{
    if (name == u"."_s)
        return stack.last();
    const QStringList path = name.split(u'.');
    // The innermost context that has the first name wins, as in Mustache.
    for (qsizetype i = stack.size() - 1; i >= 0; --i) {
        const QJsonObject object = stack.at(i).toObject();
        if (!object.contains(path.first()))
            continue;
        QJsonValue value = object.value(path.first());
        for (qsizetype p = 1; p < path.size(); ++p)
            value = value.toObject().value(path.at(p));
        return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: return value.toDouble() != 0;
    case QJsonValue::String: return !value.toString().isEmpty();
    case QJsonValue::Array: return !value.toArray().isEmpty();
    case QJsonValue::Object: return true;
    default: return false;
    }
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return QLocale::c().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    default: return {};
    }
}

void renderNodes(const QList<Node> &nodes, QList<QJsonValue> &stack, MailTemplate::Escape escape, QString &out,
                 QStringList *unknown)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            out += node.text;
            break;
        case Node::Kind::Value: {
            const QJsonValue value = lookup(stack, node.text);
            if (value.isUndefined() && unknown && !unknown->contains(node.text))
                unknown->append(node.text);
            out += escape == MailTemplate::Escape::Html ? text(value).toHtmlEscaped() : text(value);
            break;
        }
        case Node::Kind::Section: {
            const QJsonValue value = lookup(stack, node.text);
            if (value.isUndefined() && unknown && !unknown->contains(node.text))
                unknown->append(node.text);
            if (value.isArray()) {
                const QJsonArray items = value.toArray();
                for (const QJsonValue &item : items) {
                    stack.append(item);
                    renderNodes(node.children, stack, escape, out, unknown);
                    stack.removeLast();
                }
            } else if (truthy(value)) {
                stack.append(value);
                renderNodes(node.children, stack, escape, out, unknown);
                stack.removeLast();
            }
            break;
        }
        case Node::Kind::Inverted:
            if (!truthy(lookup(stack, node.text)))
                renderNodes(node.children, stack, escape, out, unknown);
            break;
        }
    }
}

} // namespace

Result<MailTemplate> MailTemplate::parse(const QString &source, const QString &fileName, int firstLine)
{
    struct Open
    {
        QString name;
        int line;
    };
    QList<Node> root;
    // Open sections, innermost last; a section joins its parent when it closes.
    std::vector<Node> sections;
    std::vector<Open> open;
    QList<Node> *current = &root;

    int line = firstLine;
    qsizetype pos = 0;
    const auto lineAt = [&](qsizetype until) {
        return line + int(QStringView(source).mid(pos, until - pos).count(u'\n'));
    };
    const auto fail = [&](int atLine, const QString &message) {
        return std::unexpected(Error::invalid(tr("%1, line %2: %3").arg(fileName).arg(atLine).arg(message)));
    };
    static const QRegularExpression nameRule(u"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$|^\\.$"_s);

    while (pos < source.size()) {
        const qsizetype start = source.indexOf(u"{{"_s, pos);
        if (start < 0) {
            current->append({Node::Kind::Text, source.mid(pos), {}});
            break;
        }
        const int tagLine = lineAt(start);
        const qsizetype end = source.indexOf(u"}}"_s, start + 2);
        if (end < 0)
            return fail(tagLine, tr("\"{{\" is not closed with \"}}\""));
        const QString tag = source.mid(start + 2, end - start - 2).trimmed();
        const QChar sigil = tag.isEmpty() ? QChar() : tag.front();
        // A section or comment tag alone on its line takes the line with it, so templates can
        // put them on lines of their own without leaving blank lines in the mail.
        qsizetype textEnd = start;
        qsizetype next = end + 2;
        if (sigil == u'#' || sigil == u'^' || sigil == u'/' || sigil == u'!') {
            qsizetype lineStart = start;
            while (lineStart > pos && (source.at(lineStart - 1) == u' ' || source.at(lineStart - 1) == u'\t'))
                --lineStart;
            qsizetype lineEnd = end + 2;
            while (lineEnd < source.size() && (source.at(lineEnd) == u' ' || source.at(lineEnd) == u'\t'
                                               || source.at(lineEnd) == u'\r'))
                ++lineEnd;
            const bool aloneBefore = lineStart == 0 || source.at(lineStart - 1) == u'\n';
            const bool aloneAfter = lineEnd == source.size() || source.at(lineEnd) == u'\n';
            if (aloneBefore && aloneAfter) {
                textEnd = lineStart;
                next = lineEnd == source.size() ? lineEnd : lineEnd + 1;
            }
        }
        if (textEnd > pos)
            current->append({Node::Kind::Text, source.mid(pos, textEnd - pos), {}});
        line = lineAt(next);
        pos = next;
        if (sigil == u'!')
            continue;
        const bool opens = sigil == u'#' || sigil == u'^';
        const bool closes = sigil == u'/';
        const QString name = (opens || closes) ? tag.mid(1).trimmed() : tag;
        if (!nameRule.match(name).hasMatch())
            return fail(tagLine, tr("\"{{%1}}\" is not a value name (letters, digits, _ and dots)").arg(tag));
        if (opens) {
            sections.push_back({sigil == u'#' ? Node::Kind::Section : Node::Kind::Inverted, name, {}});
            open.push_back({name, tagLine});
            current = &sections.back().children;
        } else if (closes) {
            if (open.empty())
                return fail(tagLine, tr("\"{{/%1}}\" closes nothing").arg(name));
            if (open.back().name != name)
                return fail(tagLine, tr("\"{{/%1}}\" closes \"%2\" opened on line %3")
                                         .arg(name, open.back().name)
                                         .arg(open.back().line));
            Node done = std::move(sections.back());
            sections.pop_back();
            open.pop_back();
            current = sections.empty() ? &root : &sections.back().children;
            current->append(std::move(done));
        } else {
            current->append({Node::Kind::Value, name, {}});
        }
    }
    if (!open.empty())
        return fail(open.back().line, tr("\"{{#%1}}\" is never closed").arg(open.back().name));
    MailTemplate result;
    result.m_nodes = std::make_shared<const QList<Node>>(std::move(root));
    return result;
}

QString MailTemplate::render(const QJsonObject &data, Escape escape, QStringList *unknown) const
{
    QString out;
    if (!m_nodes)
        return out;
    QList<QJsonValue> stack{data};
    renderNodes(*m_nodes, stack, escape, out, unknown);
    return out;
}

} // namespace qadesk
