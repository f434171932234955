/* A list built by a loop whose head is then kept in a global: pointers
   into frame storage would outlive the function (the next call's range
   test would not know them), so the nodes stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; };

struct node *saved;

__attribute__ ((noinline)) unsigned
work (unsigned n)
{
  struct node *head = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(8 bytes, malloc\\) stays on the heap: stored to global variable 'saved'" } */
      if (!x)
	abort ();
      x->next = head;
      head = x;
    }
  saved = head;
  unsigned c = 0;
  for (struct node *p = head; p; p = p->next)
    c++;
  return c;
}

int
main (void)
{
  unsigned t = 0;
  for (unsigned r = 0; r < 4; r++)
    {
      t += work (3 + r);
      while (saved)
	{
	  struct node *nx = saved->next;
	  free (saved);
	  saved = nx;
	}
    }
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=18" } */
/* { dg-final { scan-escape-dump-not "frame storage" } } */
/* { dg-final { valgrind-run } } */
