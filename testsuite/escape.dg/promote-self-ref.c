/* A node that points to itself (an empty circular list head): the
   address is stored only into the object itself.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next, *prev; };

__attribute__ ((noinline)) int
list_empty (const struct node *h)
{
  return h->next == h;
}

__attribute__ ((noinline)) int
work (int i)
{
  struct node *h = malloc (sizeof *h); /* { dg-message "'h' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!h)
    return -1;
  h->next = h;
  h->prev = h;
  int r = list_empty (h) + (h->prev == h) + i;
  free (h);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 10; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=65" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
