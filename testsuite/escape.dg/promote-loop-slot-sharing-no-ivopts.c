/* promote-loop-slot-sharing.c with -fno-ivopts.  */
/* { dg-do run } */
/* { dg-additional-options "-fno-ivopts" } */

#include "loop-slot-sharing.h"

/* { dg-output "both 0 outer 0 inner 0 guarded 0" } */
