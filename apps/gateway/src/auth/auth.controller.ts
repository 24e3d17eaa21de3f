import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, type IssuedToken } from './auth.service';
import { IssueTokenRequest } from './issue-token.request';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  @ApiOkResponse({ description: 'A bearer token: { accessToken, tokenType, expiresIn }' })
  issueToken(@Body() request: IssueTokenRequest): Promise<IssuedToken> {
    return this.auth.issueToken(request.username, request.password);
  }
}
