#include "markdown/cmarkgfm_p.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cstdlib>
#include <mutex>

namespace trendweb::cmark {

namespace {

// Registered once, then only read; taken before the lock so that the first session
// does the registering.
QMutex &lockedMutex()
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    static QMutex mutex;
    return mutex;
}

} // namespace

Session::Session(int options, std::initializer_list<const char *> extensions)
    : m_lock(&lockedMutex())
    , m_options(options)
    , m_parser(cmark_parser_new(options))
{
    for (const char *name : extensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(m_parser.get(), extension);
            m_extensions =
                cmark_llist_append(cmark_get_default_mem_allocator(), m_extensions, extension);
        }
    }
}

Session::~Session()
{
    m_root.reset();
    m_parser.reset();
    cmark_llist_free(cmark_get_default_mem_allocator(), m_extensions);
}

cmark_node *Session::parse(const QByteArray &utf8)
{
    cmark_parser_feed(m_parser.get(), utf8.constData(), size_t(utf8.size()));
    m_root.reset(cmark_parser_finish(m_parser.get()));
    return m_root.get();
}

QString Session::html() const
{
    if (!m_root)
        return {};
    char *rendered = cmark_render_html(m_root.get(), m_options, m_extensions);
    const QString html = QString::fromUtf8(rendered);
    std::free(rendered);
    return html;
}

} // namespace trendweb::cmark
