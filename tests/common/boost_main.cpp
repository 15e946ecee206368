// The one translation unit per test executable that defines main().
#define BOOST_TEST_MODULE effekt
#ifdef EFFEKT_BOOST_TEST_HEADER_ONLY
#include <boost/test/included/unit_test.hpp> // the Windows cross build: Boost.Test as headers only
#else
#include <boost/test/unit_test.hpp>
#endif
