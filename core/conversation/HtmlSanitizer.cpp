#include "HtmlSanitizer.h"

#include <QSet>
#include <QUrl>

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// Elements kept with their children (attributes dropped except a link's href).
bool isKept(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_BR: case GUMBO_TAG_B: case GUMBO_TAG_STRONG: case GUMBO_TAG_I:
    case GUMBO_TAG_EM: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_STRIKE: case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_SMALL: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE: case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_A:
        return true;
    default:
        return false;
    }
}

// Elements dropped together with everything inside them.
bool isDroppedWhole(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FORM: case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_PARAM:
        return true;
    default:
        return false;
    }
}

// Block-level wrappers whose content is kept as a paragraph break.
bool isBlockWrapper(GumboTag tag)
{
    return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_HEADER
           || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ADDRESS || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_NAV
           || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_CENTER;
}

QString safeHref(const GumboElement &element)
{
    const GumboAttribute *href = gumbo_get_attribute(&element.attributes, "href");
    if (!href)
        return {};
    const QUrl url(QString::fromUtf8(href->value).trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s))
        return {};
    return QString::fromUtf8(url.toEncoded());
}

void appendNode(QString &out, const GumboNode *node);

void appendChildren(QString &out, const GumboVector &children)
{
    for (unsigned i = 0; i < children.length; ++i)
        appendNode(out, static_cast<const GumboNode *>(children.data[i]));
}

void appendNode(QString &out, const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        out += QString::fromUtf8(node->v.text.text).toHtmlEscaped();
        return;
    case GUMBO_NODE_COMMENT:
        return;
    case GUMBO_NODE_DOCUMENT:
        appendChildren(out, node->v.document.children);
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    }
    const GumboElement &element = node->v.element;
    const GumboTag tag = element.tag;
    if (isDroppedWhole(tag))
        return;
    if (tag == GUMBO_TAG_IMG) {
        // No remote loads: an image becomes its description.
        const GumboAttribute *alt = gumbo_get_attribute(&element.attributes, "alt");
        const QString text = alt ? QString::fromUtf8(alt->value).trimmed() : QString();
        out += u"[%1]"_s.arg(text.isEmpty() ? u"image"_s : text).toHtmlEscaped();
        return;
    }
    if (isKept(tag)) {
        const QString name = QString::fromUtf8(gumbo_normalized_tagname(tag));
        if (tag == GUMBO_TAG_A) {
            const QString href = safeHref(element);
            if (href.isEmpty()) {
                appendChildren(out, element.children);
                return;
            }
            out += u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s;
        } else {
            out += u'<' + name + u'>';
        }
        if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR)
            return;
        appendChildren(out, element.children);
        out += u"</"_s + name + u'>';
        return;
    }
    if (isBlockWrapper(tag)) {
        out += u"<p>"_s;
        appendChildren(out, element.children);
        out += u"</p>"_s;
        return;
    }
    // Anything else (html, body, span, font, unknown tags): keep the content, drop the tag.
    appendChildren(out, element.children);
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    const std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    QString out;
    if (output)
        appendNode(out, output->root);
    return out;
}

} // namespace qadesk
