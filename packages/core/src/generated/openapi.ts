// Generated from spec/openapi.yaml by scripts/generate.mjs.
// Do not edit by hand: change the spec, then run `pnpm generate`.

export interface paths {
    "/v1/evaluation/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List evaluation runs
         * @description List evaluation runs for the authenticated project. Optionally filter by container and status. Results are paged with `limit` and `offset`; `total` counts every matching run.
         */
        get: operations["listEvaluationRuns"];
        put?: never;
        /**
         * Create an evaluation run
         * @description Launch an evaluation run. Validates access to the specified container, evaluators, data sources, and models, then dispatches the run through the backend gateway interface. The run is returned at once, usually `queued`; poll it with `getEvaluationRun` until it is terminal.
         */
        post: operations["createEvaluationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an evaluation run
         * @description Retrieve a single evaluation run by ID within the authenticated project.
         */
        get: operations["getEvaluationRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an evaluation run
         * @description Request cancellation of an evaluation run and return the run. Listed in the public Maniac REST reference, though not in the excerpt this description started from. Cancelling a run that has already finished returns it unchanged.
         */
        post: operations["cancelEvaluationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Healthz
         * @description Health check endpoint for load balancers and uptime monitors. Needs no API key. The error responses are the gateway's shared ones: a proxy or load balancer in front of the service can answer with any of them.
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Where one side of an evaluation (sample, ground truth or baseline) gets its data. The `type`
         *     discriminator selects the variant:
         *
         *     * `dataset` — pull from a dataset.
         *     * `container` — pull from the container's task logs.
         *     * `generate` — generate completions using one or more models.
         *
         *     The Maniac reference names the three `type` values but not the fields inside each variant.
         *     The inner field names (`dataset`, `container`, `models`) are defined here, in this one place,
         *     and every variant allows additional properties so that a server sending more does not break
         *     a client.
         */
        DataSource: components["schemas"]["DatasetDataSource"] | components["schemas"]["ContainerDataSource"] | components["schemas"]["GenerateDataSource"];
        /** @description Pull the data from a dataset. */
        DatasetDataSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "dataset";
            /** @description Dataset id or label. */
            dataset: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Pull the data from a container's task logs. */
        ContainerDataSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "container";
            /** @description Container id or label. Defaults to the run's top-level `container`. */
            container?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Generate completions with one or more models. */
        GenerateDataSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "generate";
            /** @description Model ids to generate completions with. */
            models: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Request body for creating an evaluation run.
         *
         *     Each side of the evaluation (`sample` and `ground_truth`) is described by a single data-source
         *     object whose `type` discriminator determines how data is obtained (see `DataSource`).
         *
         *     Rules the server enforces beyond this schema:
         *
         *     * At least one of `sample` or `ground_truth` must be provided.
         *     * When a side is omitted it defaults to the top-level container's task logs.
         *     * At least one resolved side must not be `type: generate`, so that there is seed input to
         *       evaluate against.
         */
        EvaluationRunCreateParams: {
            /** @description Container id or label. */
            container: string;
            /** @description Evaluator ids or labels. */
            evaluators: string[];
            /** @description Sample-side data source. Omit to default to the container's task logs. Use type='dataset' to pull from a dataset, type='container' to pull from task logs, or type='generate' to generate completions with the specified models. */
            sample?: components["schemas"]["DataSource"] | null;
            /** @description Ground-truth-side data source. Omit to default to the container's task logs. Use type='dataset' to pull from a dataset, type='container' to pull from task logs, or type='generate' to generate completions with a model. */
            ground_truth?: components["schemas"]["DataSource"] | null;
            /** @description Baseline-side data source for pairwise evaluation. Use type='dataset' to pull from a dataset, type='container' to pull from task logs, or type='generate' to generate completions with a model. */
            baseline?: components["schemas"]["DataSource"] | null;
            /** @description Optional metadata. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Execution environment name (maps to Modal app suffix).
             * @default main
             */
            environment?: string | null;
        };
        /** @description Response model for an evaluation run. */
        EvaluationRun: {
            /**
             * @description Object type.
             * @default evaluation.run
             * @constant
             */
            object?: "evaluation.run";
            /** @description Evaluation run id (run group id). */
            id: string;
            /** @description Run status. Values seen: `queued`, `running`, `completed`, `error`, `failed`, `cancelled`. Kept as a string, not an enum, so that a new status does not break existing clients. */
            status: string;
            /** @description When the run was created (ISO 8601). */
            created_at: string;
            /** @description When the run finished (ISO 8601), if it has. */
            finished_at?: string | null;
            /** @description When the run failed (ISO 8601), if it did. */
            error_at?: string | null;
            /** @description What went wrong, if the run failed. Its shape is not specified by the reference. */
            error?: unknown | null;
            /** @description Process id for lifecycle tracking. */
            process_id?: string | null;
            /** @description Evaluator ids used in this run. */
            evaluators?: string[] | null;
            /** @description Container id. */
            container?: string | null;
            /** @description Dataset id (if a dataset was used). */
            dataset_id?: string | null;
            /** @description Resolved sample-side data source. */
            sample?: components["schemas"]["DataSource"] | null;
            /** @description Resolved ground-truth-side data source. */
            ground_truth?: components["schemas"]["DataSource"] | null;
            /** @description Resolved baseline-side data source for pairwise evaluation. */
            baseline?: components["schemas"]["DataSource"] | null;
            /** @description Evaluation results (populated on completion). */
            results?: {
                [key: string]: unknown;
            } | null;
            /** @description Evaluation metrics (populated on completion). */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /** @description Run configuration as submitted. */
            config?: {
                [key: string]: unknown;
            } | null;
            /** @description Estimated spend. */
            spend?: number | null;
            /** @description Optional metadata. */
            metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description One page of evaluation runs. */
        EvaluationRunList: {
            /**
             * @description Object type identifier.
             * @default list
             * @constant
             */
            object?: "list";
            /** @description The runs on this page, newest first. */
            data: components["schemas"]["EvaluationRun"][];
            /** @description Total number of items available for this resource. */
            total: number;
        };
        /** @description Health check response. */
        HealthResponse: {
            /** @description Whether the service is up. */
            ok: boolean;
        };
        /** @description The body of every error response, in the OpenAI style. */
        ErrorResponse: {
            error: {
                /** @description Human-readable description of the error. */
                message: string;
                /** @description Error category, such as `invalid_request_error` or `authentication_error`. */
                type: string;
                /** @description Machine-readable error code, when there is one. */
                code?: string | null;
                /** @description The parameter the error relates to, when there is one. */
                param?: string | null;
            };
        };
    };
    responses: {
        /** @description The API key is missing, malformed or invalid. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Invalid API key provided.",
                 *         "type": "authentication_error",
                 *         "code": "invalid_api_key",
                 *         "param": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key is valid but may not use this resource. */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "This API key does not have access to container 'support-bot'.",
                 *         "type": "permission_error",
                 *         "code": "container_forbidden",
                 *         "param": "container"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No evaluation run with this id exists in the authenticated project. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "No evaluation run found with id 'erun_missing'.",
                 *         "type": "not_found_error",
                 *         "code": "run_not_found",
                 *         "param": "run_id"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A parameter failed validation. */
        UnprocessableEntity: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "run_id: String should have at least 1 character.",
                 *         "type": "invalid_request_error",
                 *         "code": "validation_error",
                 *         "param": "run_id"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A query parameter failed validation, such as a `limit` outside 1–100. */
        InvalidListQuery: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "limit: Input should be less than or equal to 100.",
                 *         "type": "invalid_request_error",
                 *         "code": "validation_error",
                 *         "param": "limit"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body failed validation or breaks a create rule. */
        InvalidRunBody: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "evaluators: List should have at least 1 item after validation, not 0.",
                 *         "type": "invalid_request_error",
                 *         "code": "validation_error",
                 *         "param": "evaluators"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests; wait for the time given in Retry-After. */
        RateLimited: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Rate limit reached for this project: 60 requests per minute.",
                 *         "type": "rate_limit_error",
                 *         "code": "rate_limit_exceeded",
                 *         "param": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The server failed while handling the request. */
        InternalServerError: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The server had an error while processing your request.",
                 *         "type": "server_error",
                 *         "code": "internal_error",
                 *         "param": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service or its evaluation backend is temporarily unavailable. */
        ServiceUnavailable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The evaluation backend is temporarily unavailable. Retry after the time given in Retry-After.",
                 *         "type": "service_unavailable",
                 *         "code": "backend_unavailable",
                 *         "param": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Evaluation run id (run group id).
         * @example erun_2f9c1a7e4b
         */
        RunId: string;
        /** @description Container ID or label to filter by. */
        ContainerFilter: string | null;
        /** @description Filter by run status (e.g. 'running', 'completed', 'error'). */
        StatusFilter: string | null;
        /** @description Maximum number of runs to return. */
        Limit: number;
        /** @description Number of runs to skip before the first one returned. */
        Offset: number;
    };
    requestBodies: never;
    headers: {
        /** @description Unique id of this request; quote it when reporting a problem. */
        RequestId: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEvaluationRuns: {
        parameters: {
            query?: {
                /** @description Container ID or label to filter by. */
                container?: components["parameters"]["ContainerFilter"];
                /** @description Filter by run status (e.g. 'running', 'completed', 'error'). */
                status?: components["parameters"]["StatusFilter"];
                /** @description Maximum number of runs to return. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of runs to skip before the first one returned. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidListQuery"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEvaluationRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationRunCreateParams"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidRunBody"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvaluationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Evaluation run id (run group id).
                 * @example erun_2f9c1a7e4b
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelEvaluationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Evaluation run id (run group id).
                 * @example erun_2f9c1a7e4b
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
