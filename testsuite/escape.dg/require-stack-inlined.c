/* escape_require_stack follows a site through inlining.  The sites of
   an attributed function inlined into a function without the attribute
   are checked where they end up (here the attributed function's own
   body is gone: it is static and inlined everywhere), and the sites of
   a function without the attribute inlined into an attributed one are
   checked as its own.  Each error is at the allocation, in the function
   it was written in.  */
/* { dg-do compile } */

#include <stdlib.h>

void keep (void *);
void use (void *);

static inline __attribute__ ((always_inline, escape_require_stack)) void
required_helper (int n)
{
  int *v = malloc (40); /* { dg-error "'v' \\(40 bytes, malloc\\) must be on the stack \\(escape_require_stack on 'required_helper'\\) but stays on the heap: passed to 'keep'" } */
  if (!v)
    return;
  v[n & 7] = n;
  keep (v);
}

void
caller (int n)
{
  required_helper (n);
  char *mine = malloc (8); /* { dg-bogus "must be on the stack" } */
  keep (mine);
}

static inline __attribute__ ((always_inline)) void
plain_helper (int n)
{
  long *w = malloc (24); /* { dg-error "'w' \\(24 bytes, malloc\\) must be on the stack \\(escape_require_stack on 'required_caller'\\) but stays on the heap: passed to 'keep'" } */
  if (!w)
    return;
  w[n & 1] = n;
  keep (w);
}

__attribute__ ((escape_require_stack)) void
required_caller (int n)
{
  plain_helper (n);
}

/* { dg-final { scan-escape-dump-not "required_helper: " } } */
