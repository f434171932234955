/* The attributes survive LTO: with -flto the pass runs in lto1 (the
   harness compiles and links in one command, so the plugin is on the
   link line), where escape_require_stack is checked (its site is
   promoted: no error) and escape_keep_heap keeps the sites of a marked
   function and of a marked variable on the heap, by the SSA link (the
   source link of a compile is not in lto1).  The allocation-counting
   shim shows it at every level.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-remarks -DESCAPE_COUNT" } */
/* { dg-message "escape: this compile emits only LTO bytecode" "" { target *-*-* } 0 } */

#include <string.h>
#include "alloc-count.h"

__attribute__ ((noinline, escape_require_stack)) int
required (int k)
{
  char *a = malloc (32); /* { dg-message "'a' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!a)
    return -1;
  memset (a, k, 32);
  int r = a[k & 31];
  free (a);
  return r;
}

__attribute__ ((noinline, escape_keep_heap)) int
kept_function (int k)
{
  char *b = malloc (32); /* { dg-message "'b' \\(32 bytes, malloc\\) stays on the heap: 'kept_function' is marked escape_keep_heap" } */
  if (!b)
    return -1;
  memset (b, k, 32);
  int r = b[k & 31];
  free (b);
  return r;
}

__attribute__ ((noinline)) int
kept_variable (int k)
{
  char *c __attribute__ ((escape_keep_heap)) = malloc (32); /* { dg-message "'c' \\(32 bytes, malloc\\) stays on the heap: 'c' is marked escape_keep_heap" } */
  if (!c)
    return -1;
  memset (c, k, 32);
  int r = c[k & 31];
  free (c);
  return r;
}

int
main (void)
{
  int bad = 0;
  printf ("lto: ");
  alloc_count_calls = 0;
  int x = required (1);
  bad |= alloc_count_check ("required", 0);
  int y = kept_function (2);
  bad |= alloc_count_check ("kept_function", 1);
  int z = kept_variable (3);
  bad |= alloc_count_check ("kept_variable", 1);
  printf ("%d %d %d %d\n", x, y, z, bad);
  return bad;
}

/* { dg-output "lto: 1 2 3 0" } */
