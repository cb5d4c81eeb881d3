#pragma once

#include <QString>

namespace qadesk {

// Turns a helpdesk message's HTML into the small, safe subset the conversation view shows:
// text structure (paragraphs, lists, emphasis, code, quotes, tables) and links with http,
// https or mailto targets. Scripts, styles, frames, forms, event handlers and every remote load
// (images included: an image becomes its alt text) are dropped. Parsing is HTML5-exact
// (libgumbo), so malformed markup cannot smuggle anything through.
class HtmlSanitizer final
{
public:
    static QString sanitize(const QString &html);
};

} // namespace qadesk
