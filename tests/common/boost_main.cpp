// The one translation unit per test executable that defines main().
#define BOOST_TEST_MODULE effekt
#include <boost/test/unit_test.hpp>
