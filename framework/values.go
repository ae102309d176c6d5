package framework

// keyValue is one plugin value on a Context.
type keyValue struct {
	key, val any
}

// SetValue stores a value on the request for plugins, keyed like
// context.Context values: use an unexported key type so plugins never
// collide. It lives for this request only.
func (c *Context) SetValue(key, val any) {
	for i := range c.values {
		if c.values[i].key == key {
			c.values[i].val = val
			return
		}
	}
	if c.values == nil {
		c.values = c.valBuf[:0]
	}
	c.values = append(c.values, keyValue{key, val})
}

// Value returns the value stored under key with SetValue, or nil.
func (c *Context) Value(key any) any {
	for _, kv := range c.values {
		if kv.key == key {
			return kv.val
		}
	}
	return nil
}
