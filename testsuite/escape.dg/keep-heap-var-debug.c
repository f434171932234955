/* escape_keep_heap on a variable is decided without debug statements:
   -g must not change which sites stay on the heap (-fcompare-debug
   compiles with and without -g and compares the code).  The variable
   that receives the allocation's result, by its initialiser or by an
   assignment, through a cast, keeps the site on the heap; a later copy
   of the pointer into a marked variable is not covered, with or
   without -g (a debug bind once linked it only with -g).  The
   allocation-counting shim shows which sites still call malloc.  */
/* { dg-do run } */
/* { dg-options "-g -fcompare-debug -fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <string.h>
#include "alloc-count.h"

__attribute__ ((noinline)) int
init_form (int k)
{
  char *p __attribute__ ((escape_keep_heap)) = (char *) malloc (32); /* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: 'p' is marked escape_keep_heap" } */
  if (!p)
    return -1;
  memset (p, k, 32);
  int x = p[k & 31];
  free (p);
  return x;
}

__attribute__ ((noinline)) int
assign_form (int k)
{
  char *s __attribute__ ((escape_keep_heap));
  s = malloc (20); /* { dg-message "'s' \\(20 bytes, malloc\\) stays on the heap: 's' is marked escape_keep_heap" } */
  if (!s)
    return -1;
  s[k & 15] = k;
  int x = s[k & 15];
  free (s);
  return x;
}

__attribute__ ((noinline)) int
copy_form (int k)
{
  char *q = malloc (16); /* { dg-message "'q' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!q)
    return -1;
  char *p __attribute__ ((escape_keep_heap)) = q;
  strcpy (p, "hi");
  p[2] = k;
  int x = q[0] + p[2];
  free (q);
  return x;
}

int
main (void)
{
  int bad = 0;
  /* The first printf allocates stdout's buffer: not in a count.  The
     empty asms make the count be read again after each call.  */
  printf ("keep-heap-debug: ");
  alloc_count_calls = 0;
  int a = init_form (4);
  __asm__ volatile ("" : : : "memory");
  bad |= alloc_count_check ("init_form", 1);
  int b = assign_form (7);
  __asm__ volatile ("" : : : "memory");
  bad |= alloc_count_check ("assign_form", 1);
  int c = copy_form (3);
  __asm__ volatile ("" : : : "memory");
  bad |= alloc_count_check ("copy_form", 0);
  printf ("%d %d %d %d\n", a, b, c, bad);
  return bad;
}

/* { dg-output "keep-heap-debug: 4 7 107 0" } */
