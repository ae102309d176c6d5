package framework

// lru is a size-bounded map that evicts the least recently used entry. It
// keeps values inline in its nodes, so replacing the value of a key
// allocates nothing. It is not safe for concurrent use; MemoryStore locks.
type lru[V any] struct {
	max   int
	items map[string]*lruNode[V]
	head  *lruNode[V] // most recently used
	tail  *lruNode[V] // least recently used
}

type lruNode[V any] struct {
	key        string
	val        V
	prev, next *lruNode[V]
}

func newLRU[V any](max int) *lru[V] {
	return &lru[V]{max: max, items: make(map[string]*lruNode[V])}
}

// get returns the value of k, marking it as most recently used. The pointer
// is valid until the next put or remove.
func (l *lru[V]) get(k string) (*V, bool) {
	n, ok := l.items[k]
	if !ok {
		return nil, false
	}
	l.toFront(n)
	return &n.val, true
}

// peek returns the value of k like get, without marking it as used.
func (l *lru[V]) peek(k string) (*V, bool) {
	n, ok := l.items[k]
	if !ok {
		return nil, false
	}
	return &n.val, true
}

// put sets the value of k, evicting the least recently used entries past
// the bound.
func (l *lru[V]) put(k string, v V) {
	if n, ok := l.items[k]; ok {
		n.val = v
		l.toFront(n)
		return
	}
	n := &lruNode[V]{key: k, val: v}
	l.items[k] = n
	l.pushFront(n)
	for len(l.items) > l.max {
		l.remove(l.tail.key)
	}
}

func (l *lru[V]) remove(k string) {
	n, ok := l.items[k]
	if !ok {
		return
	}
	l.unlink(n)
	delete(l.items, k)
}

func (l *lru[V]) len() int { return len(l.items) }

func (l *lru[V]) toFront(n *lruNode[V]) {
	if l.head == n {
		return
	}
	l.unlink(n)
	l.pushFront(n)
}

func (l *lru[V]) pushFront(n *lruNode[V]) {
	n.prev, n.next = nil, l.head
	if l.head != nil {
		l.head.prev = n
	}
	l.head = n
	if l.tail == nil {
		l.tail = n
	}
}

func (l *lru[V]) unlink(n *lruNode[V]) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	n.prev, n.next = nil, nil
}
