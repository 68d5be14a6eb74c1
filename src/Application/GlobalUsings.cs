// The namespaces nearly every use case imports (a command or query, its handler and its validator).
global using FluentValidation;
global using InvestPromo.Application.Common.Exceptions;
global using InvestPromo.Application.Common.Interfaces;
global using InvestPromo.Application.Common.Localization;
global using InvestPromo.Application.Common.Models;
global using InvestPromo.Application.Common.Persistence;
global using InvestPromo.Domain.Common;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
