/* A closed list of data nodes (see promote-list-closed-call.c) whose
   head is passed to a helper that may free the nodes: the helper is
   given a pointer to them, so it is judged as before, and the nodes
   stay on the heap with the reason.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; unsigned v; unsigned w; };

/* Free the nodes after the first one when FLAG says so.  */

__attribute__ ((noinline)) static void
trim (struct node *head, unsigned flag)
{
  if (flag && head)
    {
      struct node *p = head->next;
      head->next = NULL;
      while (p)
	{
	  struct node *nx = p->next;
	  free (p);
	  p = nx;
	}
    }
}

__attribute__ ((noinline)) unsigned
work (unsigned n, unsigned flag)
{
  struct node *head = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) stays on the heap: reachable by 'trim' through memory, and 'trim' may free it" } */
      if (!x)
	abort ();
      x->v = i * 7u;
      x->w = i ^ n;
      x->next = head;
      head = x;
    }
  trim (head, flag);
  unsigned s = 0;
  for (struct node *p = head; p; p = p->next)
    s = s * 31u + p->v + p->w;
  while (head)
    {
      struct node *nx = head->next;
      free (head);
      head = nx;
    }
  return s;
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("s=%u\n", work (6, (unsigned) argc));
  return 0;
}

/* { dg-output "s=" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
