import { Module } from '@nestjs/common';
import { TaskService } from './application/task.service';
import { TaskProjections } from './read-models/task-projections';

/** Salespeople's follow-up tasks. */
@Module({ providers: [TaskService, TaskProjections], exports: [TaskService] })
export class TasksModule {}
