package testsuite_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadmeExample keeps the README's example identical to
// readme_example_test.go, which compiles and runs as TestPizza.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	code, err := os.ReadFile("readme_example_test.go")
	require.NoError(t, err)
	const open = "```go\n"
	start := strings.Index(string(readme), open+"package testsuite_test")
	require.GreaterOrEqual(t, start, 0, "README has no Go block starting with package testsuite_test")
	block := string(readme)[start+len(open):]
	end := strings.Index(block, "```")
	require.GreaterOrEqual(t, end, 0)
	require.Equal(t, string(code), block[:end], "README example and testsuite/readme_example_test.go differ")
}
