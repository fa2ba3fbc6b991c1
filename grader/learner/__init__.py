"""The learner's side: kernel set-up, course folder, saved work, progress, course map and take-away documents."""
