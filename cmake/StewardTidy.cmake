# The `clang_tidy` ctest (label `style`): the checked-in .clang-tidy over every translation unit under src/, from the
# build's compile_commands.json. Any finding fails it (.clang-tidy sets WarningsAsErrors: '*').
#
# clang-tidy 16, not Debian's default 14: libstdc++ 12's <expected> needs conditionally trivial special members
# (P0848), which clang 14 lacks, so 14 cannot parse a file that uses Result<T>. 16 has it but does not say so through
# __cpp_concepts, hence the undefine and define; clang does not know g++'s -std=c++23 yet, hence -std=c++2b after it.
#
# Off in a plain configure, on under scripts/test (and so in CI), which passes -DSTEWARD_CLANG_TIDY_TEST=ON through
# scripts/build: every file under src/ passes it, and a whole run takes several minutes on two cores, in which ctest
# runs nothing beside it. STEWARD_CLANG_TIDY_TEST=OFF scripts/test leaves it out.
option(STEWARD_CLANG_TIDY_TEST "Add the clang_tidy ctest (slow: minutes on two cores; scripts/test turns it on)" OFF)
find_program(CLANG_TIDY_EXECUTABLE NAMES clang-tidy-16)
find_program(RUN_CLANG_TIDY_EXECUTABLE NAMES run-clang-tidy-16)
if(NOT STEWARD_CLANG_TIDY_TEST)
    # nothing: see above
elseif(CLANG_TIDY_EXECUTABLE AND RUN_CLANG_TIDY_EXECUTABLE AND STEWARD_BUILD_TESTS)
    include(ProcessorCount)
    ProcessorCount(STEWARD_TIDY_JOBS)
    if(STEWARD_TIDY_JOBS EQUAL 0)
        set(STEWARD_TIDY_JOBS 1)
    endif()
    # Sources under src/ only: generated moc/uic/rcc files live in the build tree and are not ours to fix.
    add_test(NAME clang_tidy
        COMMAND "${RUN_CLANG_TIDY_EXECUTABLE}"
            -clang-tidy-binary "${CLANG_TIDY_EXECUTABLE}"
            -p "${PROJECT_BINARY_DIR}"
            -j ${STEWARD_TIDY_JOBS}
            -quiet
            -use-color=false
            "-header-filter=^${PROJECT_SOURCE_DIR}/src/"
            -extra-arg=-std=c++2b
            -extra-arg=-U__cpp_concepts
            -extra-arg=-D__cpp_concepts=202002L
            "^${PROJECT_SOURCE_DIR}/src/.*\\.cpp$"
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
    # It keeps every core busy: ctest runs nothing beside it. About 20 minutes on two quiet cores; 30 were exceeded on a
    # shared machine, so it gets an hour (CI's whole budget is 90 minutes).
    set_tests_properties(clang_tidy PROPERTIES LABELS style PROCESSORS ${STEWARD_TIDY_JOBS} TIMEOUT 3600)
elseif(STEWARD_BUILD_TESTS)
    message(WARNING "clang-tidy-16 and run-clang-tidy-16 not found: no clang_tidy test (scripts/setup installs them)")
endif()
