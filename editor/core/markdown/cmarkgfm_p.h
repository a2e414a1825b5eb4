// The one door to cmark-gfm, for the .cpp files of markdown/ only. cmark-gfm keeps
// its extensions in a global registry and its inline parser changes global tables, so
// it must not run on two threads at once: a Session registers the extensions once and
// holds the one lock for as long as it lives. Nothing of cmark's tree leaves markdown/.
#pragma once

#include <QMutex>
#include <QString>
#include <cmark-gfm.h>
#include <initializer_list>
#include <memory>

namespace trendweb::cmark {

class Session
{
public:
    // A parser with `options` and the named syntax extensions ("table", "tagfilter", …).
    Session(int options, std::initializer_list<const char *> extensions);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // The tree of `utf8`; it lives as long as the session.
    cmark_node *parse(const QByteArray &utf8);
    // The last parsed tree as HTML, with the session's options and extensions.
    QString html() const;

private:
    struct ParserDeleter
    {
        void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
    };
    struct NodeDeleter
    {
        void operator()(cmark_node *node) const { cmark_node_free(node); }
    };

    QMutexLocker<QMutex> m_lock;
    int m_options = 0;
    cmark_llist *m_extensions = nullptr;
    std::unique_ptr<cmark_parser, ParserDeleter> m_parser;
    std::unique_ptr<cmark_node, NodeDeleter> m_root;
};

} // namespace trendweb::cmark
