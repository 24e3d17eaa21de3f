import { Module } from '@nestjs/common';
import { TaskService } from './application/task.service';
import { TasksController } from './http/tasks.controller';
import { TaskProjections } from './read-models/task-projections';

/** Salespeople's follow-up tasks. */
@Module({ controllers: [TasksController], providers: [TaskService, TaskProjections] })
export class TasksModule {}
