/* A 16-byte-aligned vector type in a malloc'd object is valid C: malloc
   returns memory aligned for any type of at most _Alignof (max_align_t),
   16 bytes on i386 too.  The slot must be as aligned as that (movaps).  */
/* { dg-do run } */
/* { dg-require-run-flags "-m32 -msse2" } */
/* { dg-options "-m32 -msse2 -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

typedef float v4sf __attribute__ ((vector_size (16)));

struct vecs
{
  v4sf v[4];
};

/* Callees assume the vectors are 16-aligned (movaps).  */
__attribute__ ((noinline)) void
fill (struct vecs *p, float x)
{
  for (int i = 0; i < 4; i++)
    p->v[i] = (v4sf) { x, x + i, x + 2, x + 3 };
}

__attribute__ ((noinline)) float
dot (struct vecs *p, int k)
{
  v4sf s = p->v[k & 3] * p->v[(k + 1) & 3];
  return s[0] + s[1] + s[2] + s[3];
}

__attribute__ ((noinline)) float
work (float x, int k)
{
  struct vecs *p = malloc (sizeof *p); /* { dg-message "'p' \\(64 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  char tag[4] = { 1, 2, 3, (char) k };
  fill (p, x + tag[k & 3]);
  float r = dot (p, k);
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", (int) (work (1.0f, 1) + work (2.0f, 2)));
  return 0;
}

/* { dg-output "r=284" } */
/* { dg-final { scan-escape-dump "slot: escape_p\\.\[0-9\]+ \\(64 bytes, aligned to 16\\)" } } */
