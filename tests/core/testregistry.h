// Test classes register themselves here; tst_core runs one (named on the
// command line) or all of them.
#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace trendweb::test {

struct TestEntry
{
    const char *name;
    std::function<std::unique_ptr<QObject>()> create;
};

inline std::vector<TestEntry> &registry()
{
    static std::vector<TestEntry> entries;
    return entries;
}

template<typename T> struct Registration
{
    explicit Registration(const char *name)
    {
        registry().push_back({name, [] { return std::make_unique<T>(); }});
    }
};

} // namespace trendweb::test

#define TRENDWEB_TEST(Class)                                                                       \
    static const trendweb::test::Registration<Class> registration##Class(#Class);
