import {
  commandMetadataOf,
  CurrentContext,
  etagOf,
  Idempotent,
  parseMinVersion,
  type RequestContext,
  commandRequestOf,
  IF_MATCH_HEADER,
  MIN_VERSION_HEADER,
  pageQueryOf,
  pathOf,
  ReadModelBehindFilter,
} from '@crm/http';
import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ListResult } from '../../shared/application/sales-requests';
import { ProductCommandService } from '../application/product-command.service';
import { ProductQueryService } from '../application/product-query.service';
import type { ProductView } from '../read-models/product-view';
import { ProductPageResponse, ProductResponse } from './product.response';
import { ListProductsRequest } from './product-queries.request';
import { RegisterProductRequest } from './register-product.request';
import { UpdateProductRequest } from './update-product.request';

const uuid = new ParseUUIDPipe();

@ApiTags('products')
@ApiBearerAuth()
@UseFilters(ReadModelBehindFilter)
@Controller('products')
export class ProductsController {
  constructor(
    private readonly commands: ProductCommandService,
    private readonly queries: ProductQueryService,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Register a product in the catalogue; the SKU is unique per tenant (409)' })
  @ApiCreatedResponse({ type: ProductResponse })
  async register(
    @Body() body: RegisterProductRequest,
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductView> {
    const result = await this.commands.register(body, { metadata: commandMetadataOf(context) });
    reply
      .header('location', `${pathOf(request.url)}/${result.view.id}`)
      .header('etag', etagOf(result.version));
    return result.view;
  }

  @Get()
  @ApiOperation({ summary: 'The catalogue, by SKU, filtered by category, active flag or search term' })
  @ApiOkResponse({ type: ProductPageResponse })
  list(
    @Query() query: ListProductsRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ListResult<ProductView>> {
    return this.queries.list(context.tenantId, {
      ...pageQueryOf(query),
      category: query.category,
      active: query.active,
      search: query.search,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A product' })
  @ApiHeader(MIN_VERSION_HEADER)
  @ApiOkResponse({ type: ProductResponse })
  async get(
    @Param('id', uuid) id: string,
    @Headers('x-min-version') minVersion: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductView> {
    const product = await this.queries.getById(context.tenantId, id, parseMinVersion(minVersion));
    reply.header('etag', etagOf(product.version));
    return product;
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, category, price or active flag; only real changes become an event' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: ProductResponse })
  async update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateProductRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductView> {
    const patch = { name: body.name, category: body.category, price: body.price, active: body.active };
    const result = await this.commands.change(id, patch, commandRequestOf(context, ifMatch));
    reply.header('etag', etagOf(result.version));
    return result.view;
  }
}
