/* A binary tree built by a loop (its nodes are live together, so a
   fixed slot cannot hold them) and freed by a recursive helper: the
   deallocation is in another function, where no range test knows this
   activation's storage, so the nodes stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct tree { struct tree *l, *r; };

__attribute__ ((noinline)) void
drop (struct tree *t)
{
  if (!t)
    return;
  drop (t->l);
  drop (t->r);
  free (t);
}

__attribute__ ((noinline)) unsigned
count (const struct tree *t)
{
  return t ? 1u + count (t->l) + count (t->r) : 0u;
}

__attribute__ ((noinline)) unsigned
work (unsigned n, unsigned seed)
{
  struct tree *root = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      struct tree *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) stays on the heap: passed to 'drop' \\(argument 1\\), which may free it" } */
      if (!x)
	abort ();
      /* The old tree becomes the left or right child of the new root.  */
      x->l = ((seed + i) & 1u) ? root : NULL;
      x->r = ((seed + i) & 1u) ? NULL : root;
      root = x;
    }
  unsigned c = count (root);
  drop (root);
  return c;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned t = 0;
  for (unsigned r = 0; r < 6; r++)
    t += work (5 + r, r + (unsigned) argc);
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=45" } */
/* { dg-final { scan-escape-dump-not "frame storage" } } */
/* { dg-final { valgrind-run } } */
