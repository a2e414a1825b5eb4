// How the pages of a site address each other. The static site links relative to the
// page ("", "../") to files ("lemmas/<slug>.html"); the Hugo site links from "/" to
// folders ("/lemmas/<slug>/"), which hugo makes relative (relativeURLs).
#pragma once

#include <QString>

namespace trendweb {

struct SiteLinks
{
    QString root;         // what goes before every site path: "", "../" or "/"
    bool folders = false; // pages are folders (hugo) rather than .html files

    QString home() const { return folders ? root : root + QStringLiteral("index.html"); }
    QString web() const { return page(QStringLiteral("web")); }
    QString list() const { return page(QStringLiteral("lijst")); }
    QString lemma(const QString &slug) const { return page(QStringLiteral("lemmas/") + slug); }
    QString thread(const QString &slug) const { return page(QStringLiteral("draden/") + slug); }
    // The pattern of RenderOptions::lemmaLink: "%1" is the slug.
    QString lemmaPattern() const { return lemma(QStringLiteral("%1")); }
    QString file(const QString &name) const { return root + name; }

    static SiteLinks staticSite(const QString &root = {}) { return {root, false}; }
    static SiteLinks hugo() { return {QStringLiteral("/"), true}; }

private:
    QString page(const QString &path) const
    {
        return root + path + (folders ? QStringLiteral("/") : QStringLiteral(".html"));
    }
};

} // namespace trendweb
