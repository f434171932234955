/* The bytes of the variable holding the address are probed with
   memchr: its pointer result (found or null) is data computed from
   them, enough to rebuild the address.  The object stays on the heap;
   two objects that are never freed must have different addresses.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

__attribute__ ((noinline)) uintptr_t
make (void)
{
  char *p = malloc (64); /* { dg-message "'p' \\(64 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } */
  if (!p)
    exit (2);
  p[0] = 1;
  uintptr_t x = 0;
  for (int i = 0; i < (int) sizeof p; i++)
    for (int c = 0; c < 256; c++)
      if (memchr ((char *) &p + i, c, 1))
	x |= (uintptr_t) c << (8 * i);
  return x;
}

int
main (void)
{
  uintptr_t a = make ();
  uintptr_t b = make ();
  printf ("distinct: %d\n", a != b);
  return a == b;
}

/* { dg-output "distinct: 1" } */
/* { dg-final { scan-escape-dump "heap \\(stored-read-as-data\\): 'p'" } } */
