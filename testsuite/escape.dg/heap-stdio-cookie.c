/* fputs to an unbuffered stream made by fopencookie hands the caller's
   buffer to the program's own write function, which keeps it.  The
   default library model trusts stdio output (as the C standard
   describes it); with -fplugin-arg-escape-strict-libc stdio output
   functions are not trusted with the object, and this program keeps
   working.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-strict-libc" } */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char *captured;
static ssize_t cw (void *c, const char *buf, size_t n) { if (!captured) captured = buf; return n; }
__attribute__((noinline)) void emit (FILE *f, int k)
{
  char *p = malloc (64);
  memset (p, 'A' + k, 63); p[63] = 0;
  fputs (p, f);          /* p is leaked, never freed: stays valid */
}
__attribute__((noinline)) void smash (void) { volatile char buf[512]; for (int i = 0; i < 512; i++) buf[i] = 'z'; }
int main (void)
{
  cookie_io_functions_t io = { 0, cw, 0, 0 };
  FILE *f = fopencookie (NULL, "w", io);
  setvbuf (f, NULL, _IONBF, 0);
  emit (f, 1);
  smash ();
  printf ("%.10s\n", captured);
  return 0;
}

/* { dg-message "'p' \\(64 bytes, malloc\\) stays on the heap: passed to 'fputs' \\(argument 1\\), which may capture it \\(line 20\\)" "" { target *-*-* } 18 } */
/* fopencookie's FILE is no memory the pass could replace: no remark
   (the dump still lists the site).  */
/* { dg-final { scan-escape-dump "heap \\(not-yet\\): 'f' \\(fopencookie\\)" } } */
/* { dg-output "BBBBBBBBBB" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
