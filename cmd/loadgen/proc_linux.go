package main

import "syscall"

// sysProcAttr makes a child die with loadgen.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
