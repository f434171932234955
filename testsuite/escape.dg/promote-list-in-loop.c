/* A linked list built in a loop and never freed: each node's address is
   stored into the next node, so nodes of many iterations are live at
   once and one slot cannot hold them: they get frame storage.  The
   addresses are stored only into the nodes' `next` and read back only
   as pointers, and the nodes are reachable from nothing but the
   function's own names, so abort (which may run a signal handler)
   cannot read them (until issue 10's rule for a site's own objects,
   they stayed on the heap).  The nodes of the storage are never freed:
   they go with the frame.  */
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
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
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
/* { dg-final { scan-escape-dump "promoted: 'x' \\(16 bytes, malloc\\) promoted to frame storage" } } */
