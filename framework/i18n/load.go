package i18n

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// LoadFS reads every <locale>.json file in dir of fsys ("en.json",
// "de-DE.json"), each holding that locale's resource object, and returns
// them as Resources for Options. Files are validated as they are read, so
// an error names the file and the path inside it. Subdirectories and files
// not ending in .json are ignored; a directory without any .json file is
// ErrNoResources. Use "." for the root of fsys (an embed.FS, os.DirFS…).
func LoadFS(fsys fs.FS, dir string) (Resources, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("i18n: read resource directory %q: %w", dir, err)
	}
	res := Resources{}
	for _, de := range entries {
		locale, ok := strings.CutSuffix(de.Name(), ".json")
		if !ok || de.IsDir() {
			continue
		}
		file := path.Join(dir, de.Name())
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, fmt.Errorf("i18n: read %s: %w", file, err)
		}
		obj, err := decodeResource(data)
		if err != nil {
			return nil, &ResourceError{Locale: locale, File: file, Err: err}
		}
		if _, err := compileLocale(locale, file, obj); err != nil {
			return nil, err
		}
		res[locale] = obj
	}
	if len(res) == 0 {
		return nil, fmt.Errorf("i18n: directory %q: %w", dir, ErrNoResources)
	}
	return res, nil
}

// decodeResource decodes one locale's resource file: exactly one JSON
// object. Numbers stay json.Number so the validator can name them.
func decodeResource(data []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("empty file; want a JSON object")
		}
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("invalid JSON: data after the resource object at byte %d", dec.InputOffset())
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("file holds %s; want a JSON object like {%q: {...}}", describe(v), translationKey)
	}
	return obj, nil
}
