/* A linked list built in a loop and never freed: each node's address is
   stored into the next node, so nodes of many iterations are live at
   once and one slot cannot hold them; frame storage could, but the
   memory holding the addresses may be read as data by abort (a signal
   handler), so they stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; long v; };

__attribute__ ((noinline)) long
work (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) stays on the heap: stored into memory that is then read as data \\(an integer or other non-pointer value\\), which may reveal its address \\(line 22\\)" } */
      if (!x)
	abort ();
      x->next = head;
      x->v = i;
      head = x;
    }
  long s = 0;
  for (struct node *p = head; p; p = p->next)
    s = s * 3 + p->v;
  return s;
}

int
main (void)
{
  printf ("s=%ld\n", work (20));
  return 0;
}

/* { dg-output "s=32252755710" } */
/* { dg-final { scan-escape-dump "heap \\(stored-read-as-data\\): 'x'" } } */
