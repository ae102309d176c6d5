package nlu

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// maxModelSize bounds a model file; real ones are far smaller.
const maxModelSize = 64 << 20

// LoadModel decodes a Jovo v4 model (the content of models/<locale>.json)
// from r and compiles it for locale. A file that is no valid model gives
// a *ModelError that wraps ErrMalformedModel and says where.
func LoadModel(locale string, r io.Reader) (*Model, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxModelSize+1))
	if err != nil {
		return nil, &ModelError{Locale: locale, Err: fmt.Errorf("%w: read: %w", ErrMalformedModel, err)}
	}
	if len(b) > maxModelSize {
		return nil, &ModelError{Locale: locale, Err: fmt.Errorf("%w: larger than %d bytes", ErrMalformedModel, maxModelSize)}
	}
	data, err := decodeModel(b)
	if err != nil {
		return nil, &ModelError{Locale: locale, Err: err}
	}
	return NewModel(locale, data)
}

// decodeModel decodes model JSON and explains a failure by position.
func decodeModel(b []byte) (ModelData, error) {
	var data ModelData
	trimmed := bytes.TrimSpace(b)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return data, fmt.Errorf("%w: a model is a JSON object with \"intents\"", ErrMalformedModel)
	}
	err := json.Unmarshal(b, &data)
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return data, nil
	case errors.As(err, &syn):
		line, col := position(b, syn.Offset)
		return data, fmt.Errorf("%w: invalid JSON at line %d, column %d: %w", ErrMalformedModel, line, col, err)
	case errors.As(err, &typ):
		line, col := position(b, typ.Offset)
		hint, field := "", typ.Field
		if field == "" {
			field = "value"
		}
		if field == "intents" {
			hint = " (Jovo v4 keeps intents in an object keyed by name)"
		}
		return data, fmt.Errorf("%w: %q must not be a JSON %s at line %d, column %d%s",
			ErrMalformedModel, field, typ.Value, line, col, hint)
	}
	return data, fmt.Errorf("%w: %w", ErrMalformedModel, err)
}

// position turns a byte offset into a line and column, both from 1.
func position(b []byte, off int64) (int, int) {
	off = min(max(off, 0), int64(len(b)))
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(b[:off], '\n')
	return line, col
}

// LoadFile loads a model file; the locale is the file name without
// extension, as in Jovo's models/en-US.json.
func LoadFile(name string) (*Model, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("nlu: %w", err)
	}
	defer f.Close()
	locale := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	m, err := LoadModel(locale, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// LoadDir loads every *.json model in dir of fsys, one per locale, sorted
// by locale. Use os.DirFS(".") and "models" for a Jovo project.
func LoadDir(fsys fs.FS, dir string) ([]*Model, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("nlu: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	var models []*Model
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".json" {
			continue
		}
		name := path.Join(dir, e.Name())
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("nlu: %w", err)
		}
		m, err := LoadModel(strings.TrimSuffix(e.Name(), ".json"), bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		models = append(models, m)
	}
	if len(models) == 0 {
		return nil, fmt.Errorf("nlu: %w: no *.json model in %s", ErrMalformedModel, dir)
	}
	return models, nil
}
