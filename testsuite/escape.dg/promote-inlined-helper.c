/* The allocation sits in a helper that GCC inlines into its caller,
   where the object is used and freed: after inlining the object no
   longer escapes through the helper's return, and is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct vec3 { double x, y, z; };

static inline struct vec3 *
vec3_new (double x, double y, double z)
{
  struct vec3 *v = malloc (sizeof *v); /* { dg-message "'v' \\(24 bytes, malloc\\) promoted to the stack" } */
  if (!v)
    abort ();
  v->x = x;
  v->y = y;
  v->z = z;
  return v;
}

__attribute__ ((noinline)) double
dot (const struct vec3 *a, const struct vec3 *b)
{
  return a->x * b->x + a->y * b->y + a->z * b->z;
}

__attribute__ ((noinline)) double
work (int i)
{
  struct vec3 *a = vec3_new (i, 1, 2);
  struct vec3 *b = vec3_new (3, i, 4);
  double r = dot (a, b);
  free (a);
  free (b);
  return r;
}

int
main (void)
{
  double t = 0;
  for (int i = 0; i < 40; i++)
    t += work (i);
  printf ("t=%.1f\n", t);
  return 0;
}

/* { dg-output "t=3440\\.0" } */
/* { dg-final { scan-escape-dump-times "promoted: 'v' \\(24 bytes, malloc\\)" 2 } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
