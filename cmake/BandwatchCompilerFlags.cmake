# Warning and sanitizer settings shared by every target of the project.
add_library(bandwatch_flags INTERFACE)
target_compile_options(bandwatch_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
target_compile_definitions(bandwatch_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(BANDWATCH_WERROR)
    target_compile_options(bandwatch_flags INTERFACE -Werror)
endif()
if(BANDWATCH_SANITIZE)
    target_compile_options(bandwatch_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(bandwatch_flags INTERFACE -fsanitize=address,undefined)
endif()

# bandwatch_library(NAME DIR LIBS...) builds every .cpp/.h in DIR (recursively)
# into a static library. Globbing keeps parallel work on separate files from
# fighting over one list.
function(bandwatch_library name dir)
    file(GLOB_RECURSE _srcs CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.h)
    add_library(${name} STATIC ${_srcs})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC bandwatch_flags ${ARGN})
endfunction()

# bandwatch_test(NAME SOURCES... LIBS ...) adds one QtTest executable.
# Tests find their data with QFINDTESTDATA relative to their source folder.
function(bandwatch_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;ENVIRONMENT;LABELS" ${ARGN})
    # Only for work in progress in a shared tree; CI never sets it.
    if(BANDWATCH_SKIP_INCOMPLETE_TESTS)
        foreach(_src IN LISTS T_SOURCES)
            get_filename_component(_abs ${_src} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
            if(NOT EXISTS ${_abs})
                message(WARNING "skipping ${name}: ${_src} does not exist yet")
                return()
            endif()
        endforeach()
    endif()
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test bandwatch_flags ${T_LIBS})
    # Helpers shared by several tests (e.g. a small HTTP server on 127.0.0.1).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    # Test tables are full of ASCII literals; the product code keeps the strict cast rules.
    target_compile_options(${name} PRIVATE -UQT_NO_CAST_FROM_ASCII -UQT_NO_CAST_TO_ASCII)
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;${T_ENVIRONMENT}")
    if(T_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
