/* The address is stored into a local variable whose address goes to a
   function of this unit that reads the pointer's bytes as data and
   rebuilds the address from them with control flow only.  Modref says
   the argument does not escape and points-to analysis agrees, but the
   callee reads memory holding the address as data, so the object stays
   on the heap: two objects that are never freed are both alive and
   must have different addresses.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

__attribute__ ((noinline)) uintptr_t
addr_of (const void *arg)
{
  const unsigned char *b = arg;
  uintptr_t x = 0;
  for (int i = 0; i < (int) sizeof (void *); i++)
    for (int k = 0; k < 8; k++)
      if (b[i] & (1u << k))
	x |= (uintptr_t) 1 << (i * 8 + k);
  return x;
}

__attribute__ ((noinline)) uintptr_t
make (void)
{
  char *p = malloc (64); /* { dg-message "'p' \\(64 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } */
  if (!p)
    exit (2);
  p[0] = 1;
  char **h = &p;
  return addr_of (h);
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
